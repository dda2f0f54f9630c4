// A question's mark in a quiz: right or wrong is always the bank's own marker (`markAnswer`), so cards and quizzes
// never disagree on what counts as correct; this module only adds how much of a wrong answer still earns credit
// (partial credit for ordering and matching).
import { normalizeText } from "@/lib/questions/normalize-text";
import { responseSchemas } from "@/lib/questions/response-schema";
import { markAnswer, type AnswerKey, type Mark } from "./match-answer";

/** `fraction` in [0, 1]; it is 1 exactly when `correct`. */
export type QuestionMark = Mark & { fraction: number };

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function findLongestIncreasingRun({ values }: { values: number[] }): number {
  const tails: number[] = [];
  for (const value of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length;
}

/**
 * Ordering: credit = 1 − edits / (n − 1), where edits is the fewest single-item moves, insertions of a missing item
 * and deletions of a stray entry that turn the response into the answer. Moves = n − (longest run of items already
 * in the right relative order), which is Moodle's "longest ordered subset" rule (qtype_ordering). We chose it over
 * adjacent pairs because every misplaced item then costs the same: swapping two neighbours in a list of 5 keeps
 * 3/4 of the credit here, but only 1/4 under adjacent pairs, while moving the first item to the end keeps 3/4 under
 * both. n − 1 edits fix any order, so a fully reversed list earns 0 and a guess is not paid for merely being a list.
 */
export function creditOrdering({ question, response }: { question: AnswerKey<"ordering">; response: unknown }): number {
  const parsed = responseSchemas.ordering.safeParse(response);
  if (!parsed.success) return 0;
  const positions = new Map(question.items.map((item, i) => [normalizeText(item.text), i]));
  const used = new Set<number>();
  const found: number[] = [];
  for (const entry of parsed.data) {
    const index = positions.get(normalizeText(entry));
    if (index !== undefined && !used.has(index)) {
      used.add(index);
      found.push(index);
    }
  }
  const strays = parsed.data.length - found.length;
  const n = question.items.length;
  const edits = n - findLongestIncreasingRun({ values: found }) + strays;
  return Math.max(0, 1 - edits / Math.max(1, n - 1));
}

/**
 * Matching: credit = correct pairs / max(pairs, entries given), Moodle's rule for its matching question (each
 * sub-question is worth an equal share, a wrong pair costs nothing more). Extra entries that name no left side
 * count in the denominator, so a response padded with guesses never reaches full credit.
 */
export function creditMatching({ question, response }: { question: AnswerKey<"matching">; response: unknown }): number {
  const parsed = responseSchemas.matching.safeParse(response);
  if (!parsed.success) return 0;
  const given = new Map(Object.entries(parsed.data).map(([left, right]) => [normalizeText(left), normalizeText(right)]));
  const right = question.pairs.filter((pair) => given.get(normalizeText(pair.left)) === normalizeText(pair.right));
  return right.length / Math.max(question.pairs.length, given.size);
}

function creditPartially(question: AnswerKey, response: unknown): number {
  if (question.type === "ordering") return creditOrdering({ question, response });
  if (question.type === "matching") return creditMatching({ question, response });
  return 0;
}

export function markQuestion({ question, response }: { question: AnswerKey; response: unknown }): QuestionMark {
  const mark = markAnswer(question, response);
  if (mark.correct) return { ...mark, fraction: 1 };
  // Guard the invariant even for a key the schema would reject (two items that normalise alike).
  return { ...mark, fraction: Math.min(creditPartially(question, response), 1 - 1e-9) };
}
