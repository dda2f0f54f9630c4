// The raw contents of the questions/ folder, as loaded by load-files.ts (or built inline by tests): everything past
// this point is pure.

/** `file` is the path printed in messages, e.g. "questions/abe-all-in-2016/reading.md". */
export type SourceFile = { file: string; text: string };

/** A file that may not exist yet: `text` is null when it is missing. */
export type FolderFile = { file: string; text: string | null };

/** One reading folder, named by its slug. */
export type ReadingFolder = { dir: string; reading: FolderFile; source: FolderFile };

/** One bank.yaml and the folder it sits in ("synthesis" for the synthesis bank). */
export type BankSource = SourceFile & { dir: string };

export type QuestionFiles = { readings: ReadingFolder[]; banks: BankSource[] };

export const SYNTHESIS_DIR = "synthesis";
