// What a student may see of a finished attempt, and from when (Quiz.reviewOptions). Pure: the review page and every
// API that returns attempt data ask this one function, and anything it says no to is never read out of the database
// for the student (docs/decisions/010-quizzes.md, "No leakage").
import { z } from "zod";

export const REVIEW_WHEN = ["immediately", "after_close", "never"] as const;
export type ReviewWhen = (typeof REVIEW_WHEN)[number];
export type ReviewOptions = { score: ReviewWhen; correctness: ReviewWhen; answer: ReviewWhen; explanation: ReviewWhen };
export type ReviewVisibility = { [K in keyof ReviewOptions]: boolean };

/**
 * The defaults (also for a key that is missing or unreadable): the score at once — the student knows how they did —
 * but which questions were right, the right answers and the explanations (with the source quotes) only once the quiz
 * has closed, so classmates still taking it cannot be handed the key. Moodle's defaults are close to these.
 */
export const DEFAULT_REVIEW_OPTIONS: ReviewOptions = { score: "immediately", correctness: "after_close", answer: "after_close", explanation: "after_close" };

const whenSchema = z.enum(REVIEW_WHEN);

/** Reads the stored JSON leniently: each key on its own, a bad value falls back to its default. */
export function readReviewOptions(raw: unknown): ReviewOptions {
  const source = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const pick = (key: keyof ReviewOptions) => {
    const parsed = whenSchema.safeParse(source[key]);
    return parsed.success ? parsed.data : DEFAULT_REVIEW_OPTIONS[key];
  };
  return { score: pick("score"), correctness: pick("correctness"), answer: pick("answer"), explanation: pick("explanation") };
}

/**
 * Nothing while the attempt is open. "after_close" needs a close time that has passed (the student's own close time,
 * override included); a quiz that never closes never reaches it. The right answer and the explanation imply
 * correctness, so they never show without it — a student could otherwise infer their marks.
 */
export function decideReviewVisibility(input: { options: unknown; finished: boolean; closesAt: Date | null; now: Date }): ReviewVisibility {
  const options = readReviewOptions(input.options);
  const closed = input.closesAt !== null && input.now >= input.closesAt;
  const allows = (when: ReviewWhen) => input.finished && (when === "immediately" || (when === "after_close" && closed));
  const correctness = allows(options.correctness);
  return {
    score: allows(options.score),
    correctness,
    answer: correctness && allows(options.answer),
    explanation: correctness && allows(options.explanation),
  };
}
