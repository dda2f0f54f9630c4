// A student's quiz grade from their attempts (by the quiz's grading method) and how many attempts they may make.
// Marking a single answer lives in lib/grading.
import type { AttemptLimitRefusal, Verdict } from "./refusals";

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
