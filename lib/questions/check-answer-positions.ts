// Where each bank puts the correct option of its mcqs. Options are shuffled wherever a question is shown, but the
// files are also read as they are (the YAML export, a teacher reviewing a pull request), and an audit found three
// banks with every answer first. A warning, not an error: a small bank may be lopsided by chance.
import type { NormalizedQuestion } from "./schema";
import type { Problem } from "./yaml-locate";

/** Below this many mcqs a bank is not judged: a handful of questions is skewed by chance alone. */
export const MIN_MCQS = 8;
/** Share of a bank's answers one position may hold before it is called skewed. */
export const MAX_SHARE = 0.5;
/**
 * χ² critical value for 3 degrees of freedom at p = 0.01. Positions are counted in four buckets (1, 2, 3, and 4 or
 * later, since every mcq has at least four options); each mcq with k options expects 1/k of an answer at each of its
 * positions. A bank placed by fair dice exceeds this once in a hundred (a warning can
 * afford that); it catches what the share rule misses in a big bank, e.g. 14/14/14/0 of 42.
 */
export const CHI_SQUARE_LIMIT = 11.34;

export type PositionStats = { mcqs: number; observed: number[]; expected: number[]; chiSquare: number; maxShare: number };

export function answerPositionStats(questions: NormalizedQuestion[]): PositionStats {
  const observed = [0, 0, 0, 0];
  const expected = [0, 0, 0, 0];
  let mcqs = 0;
  for (const question of questions) {
    if (question.type !== "mcq") continue;
    mcqs++;
    const k = question.options.length;
    observed[Math.min(question.options.indexOf(question.answer), 3)]++;
    for (let p = 0; p < k; p++) expected[Math.min(p, 3)] += 1 / k;
  }
  const chiSquare = expected.reduce((sum, e, i) => (e > 0 ? sum + (observed[i] - e) ** 2 / e : sum), 0);
  const maxShare = mcqs === 0 ? 0 : Math.max(...observed) / mcqs;
  return { mcqs, observed, expected, chiSquare, maxShare };
}

export function isSkewed(stats: PositionStats): boolean {
  return stats.mcqs >= MIN_MCQS && (stats.maxShare > MAX_SHARE || stats.chiSquare > CHI_SQUARE_LIMIT);
}

const describe = (observed: number[]) => observed.map((n, i) => `${i < 3 ? i + 1 : "4+"}: ${n}`).join(", ");

/** One warning per skewed bank, on the bank file's first line. */
export function checkAnswerPositions(questions: { file: string; question: NormalizedQuestion }[]): Problem[] {
  const byFile = new Map<string, NormalizedQuestion[]>();
  for (const { file, question } of questions) byFile.set(file, [...(byFile.get(file) ?? []), question]);
  return [...byFile].flatMap(([file, bank]) => {
    const stats = answerPositionStats(bank);
    if (!isSkewed(stats)) return [];
    const share = Math.round(stats.maxShare * 100);
    const message = `correct options are bunched (position ${describe(stats.observed)} of ${stats.mcqs} mcqs; largest share ${share}%, χ² ${stats.chiSquare.toFixed(1)}): spread the correct option over positions 1-4`;
    return [{ file, line: 1, message }];
  });
}
