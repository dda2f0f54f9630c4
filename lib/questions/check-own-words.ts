// Article sentences appear in a bank only as quoted evidence (`quote`). Prompts, options, answers and explanations are
// written in our own words: a run of COPY_RUN words taken verbatim from a cited reading is reported as copying.
import { normalizeText } from "./normalize-text";
import type { NormalizedQuestion } from "./schema";

export const COPY_RUN = 10;

function words(text: string): string[] {
  return normalizeText(text).toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, " ").split(" ").filter(Boolean);
}

/** Every COPY_RUN-word window of a reading body, for fast lookup. */
export function indexRuns(body: string): Set<string> {
  const w = words(body);
  const runs = new Set<string>();
  for (let i = 0; i + COPY_RUN <= w.length; i++) runs.add(w.slice(i, i + COPY_RUN).join(" "));
  return runs;
}

function ownWordsFields(q: NormalizedQuestion): string[] {
  const fields = [q.prompt, q.explanation];
  if (q.type === "mcq") fields.push(...q.options);
  if (q.type === "short") fields.push(q.answer, ...q.accept);
  if (q.type === "ordering") fields.push(...q.items.map((i) => i.text));
  if (q.type === "matching") fields.push(...q.pairs.flatMap((p) => [p.left, p.right]));
  return fields;
}

/** The first copied run found in the question's own-words fields, or null. */
export function findCopiedRun(question: NormalizedQuestion, runsByReading: Map<string, Set<string>>): string | null {
  const cited = new Set(question.sources.map((s) => s.reading));
  for (const field of ownWordsFields(question)) {
    const w = words(field);
    for (let i = 0; i + COPY_RUN <= w.length; i++) {
      const run = w.slice(i, i + COPY_RUN).join(" ");
      for (const slug of cited) if (runsByReading.get(slug)?.has(run)) return run;
    }
  }
  return null;
}

/**
 * The repository's editorial rule, run by `npm run questions:check` (not by the import or the in-app editor: an
 * instructor's own question may well reuse the article's words). Problems point at the question's line.
 */
export function checkOwnWords({ readings, questions }: { readings: { slug: string; body: string }[]; questions: { file: string; line: number; question: NormalizedQuestion }[] }) {
  const runs = new Map(readings.map((r) => [r.slug, indexRuns(r.body)]));
  return questions.flatMap(({ file, line, question }) => {
    const copied = findCopiedRun(question, runs);
    if (!copied) return [];
    const message = `${question.id}: copies the reading word for word ("${copied}…"); write prompts, options and explanations in our own words and keep article text in quote`;
    return [{ file, line, message }];
  });
}
