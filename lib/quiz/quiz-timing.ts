// The timing rules' view of stored rows (lib/quiz/timing.ts is pure and knows nothing of Prisma).
import { expiryOf } from "./expiry";
import type { Accommodation, QuizTiming, WindowOverride } from "./timing";

type QuizRow = {
  timeLimitSeconds: number | null; opensAt: Date | null; closesAt: Date | null; extraTimePastClose: boolean;
  expiryPolicy: string; graceSeconds: number;
};

export function toQuizTiming(quiz: QuizRow): QuizTiming {
  return {
    timeLimitSeconds: quiz.timeLimitSeconds,
    opensAt: quiz.opensAt,
    closesAt: quiz.closesAt,
    extraTimePastClose: quiz.extraTimePastClose,
    expiry: expiryOf(quiz),
  };
}

export function toAccommodation(row: { timeMultiplier: number; extraSeconds: number } | null | undefined): Accommodation | undefined {
  return row ? { timeMultiplier: row.timeMultiplier, extraSeconds: row.extraSeconds } : undefined;
}

/** An override row's window: a null column keeps the quiz's time (the schema's "null: the quiz's"). */
export function toWindowOverride(row: { opensAt: Date | null; closesAt: Date | null } | null | undefined): WindowOverride | undefined {
  if (!row) return undefined;
  return { ...(row.opensAt ? { opensAt: row.opensAt } : {}), ...(row.closesAt ? { closesAt: row.closesAt } : {}) };
}
