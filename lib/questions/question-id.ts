// Question ids. The files' ids are "<prefix>-<number>" ("dip-001"); a question an instructor owns (their own or their
// copy of a shipped one) adds "~<owner tag>" ("dip-001~3fa9c2"), a form the files' schema refuses, so an import can
// never take an instructor's question over (docs/decisions/008-question-ownership.md). Pure: safe in the browser.

export const QUESTION_ID = /^[a-z]+-\d{3,}(?:~[a-z0-9]{4,12})?$/;

export function isQuestionId(id: string): boolean {
  return QUESTION_ID.test(id);
}

/** "dip-001~3fa9c2" → "dip-001": the part that follows the files' rules (and numbering). */
export function baseIdOf(id: string): string {
  return id.split("~")[0];
}
