// Marks for a quiz: a question's fraction (with partial credit for ordering and matching), a slot's points, an
// attempt's score. Right or wrong is always the bank's own marker (`markAnswer`), so cards and quizzes never
// disagree on what counts as correct; this module only adds how much of a wrong answer still earns credit.
import { markAnswer, type AnswerKey, type Mark } from "@/lib/questions/match-answer";
import { normalizeText } from "@/lib/questions/normalize-text";
import { responseSchemas } from "@/lib/questions/response-schema";
import type { AttemptLimitRefusal, Verdict } from "./refusals";

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

/** One question in one attempt: its weight in the quiz and what it earned. An instructor's mark, if any, wins. */
export type SlotScore = { points: number; fraction: number; overrideMark?: number | null };

export function scoreSlot({ slot }: { slot: SlotScore }): number {
  if (slot.overrideMark !== undefined && slot.overrideMark !== null) {
    return Math.min(slot.points, Math.max(0, slot.overrideMark));
  }
  return slot.points * slot.fraction;
}

export function scoreAttempt({ slots }: { slots: SlotScore[] }): { score: number; maxScore: number } {
  return {
    score: slots.reduce((sum, slot) => sum + scoreSlot({ slot }), 0),
    maxScore: slots.reduce((sum, slot) => sum + slot.points, 0),
  };
}

export type GradingMethod = "highest" | "latest" | "first" | "average";
export type GradedAttempt = { startedAt: Date; score: number };

/** The quiz grade from a student's graded attempts (finished ones only); null before the first is graded. */
export function gradeAttempts({ method, attempts }: { method: GradingMethod; attempts: GradedAttempt[] }): number | null {
  if (attempts.length === 0) return null;
  const byStart = [...attempts].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const scores = byStart.map((attempt) => attempt.score);
  switch (method) {
    case "highest": return Math.max(...scores);
    case "first": return scores[0];
    case "latest": return scores[scores.length - 1];
    case "average": return scores.reduce((sum, score) => sum + score, 0) / scores.length;
  }
}

/**
 * Attempts a student may make: the quiz's number plus the class accommodation's extra attempts, unless a per-quiz
 * override for the student sets the total (the more specific rule wins). null = unlimited; an override of null
 * makes it unlimited, an absent override leaves the quiz's rule.
 */
export function countAttemptsAllowed(input: {
  quizAttempts: number | null;
  extraAttempts?: number;
  override?: number | null;
}): number | null {
  if (input.override !== undefined) return input.override;
  return input.quizAttempts === null ? null : input.quizAttempts + (input.extraAttempts ?? 0);
}

export type NewAttemptVerdict =
  | Verdict<Exclude<AttemptLimitRefusal, "TOO_SOON">, { attemptsLeftAfter: number | null }>
  | { ok: false; reason: "TOO_SOON"; retryAt: Date };

/**
 * May the student start another attempt now? Only one attempt is open at a time, the allowance is never exceeded,
 * and a new attempt waits `minGapSeconds` after the previous one finished (Moodle's "enforced delay"). Finish
 * overdue attempts first (`isOverdue` in ./timing), or an abandoned attempt reads as still in progress.
 */
export function checkNewAttempt(input: {
  attemptsAllowed: number | null;
  attempts: { finishedAt: Date | null }[];
  minGapSeconds: number;
  now: Date;
}): NewAttemptVerdict {
  const { attemptsAllowed, attempts, minGapSeconds, now } = input;
  if (attempts.some((attempt) => attempt.finishedAt === null)) return { ok: false, reason: "ATTEMPT_IN_PROGRESS" };
  if (attemptsAllowed !== null && attempts.length >= attemptsAllowed) return { ok: false, reason: "NO_ATTEMPTS_LEFT" };
  const lastFinish = Math.max(-Infinity, ...attempts.map((attempt) => attempt.finishedAt!.getTime()));
  const retryAt = lastFinish + minGapSeconds * 1000;
  if (now.getTime() < retryAt) return { ok: false, reason: "TOO_SOON", retryAt: new Date(retryAt) };
  return { ok: true, attemptsLeftAfter: attemptsAllowed === null ? null : attemptsAllowed - attempts.length - 1 };
}
