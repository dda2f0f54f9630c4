// One zod schema per instructor input on quizzes (docs/decisions/011-quiz-building.md), shared by the forms and the
// route handlers. Times arrive as ISO instants with the offset of the instructor's zone (lib/zoned-time.ts).
import { z } from "zod";
import { QUESTION_KINDS, QUESTION_TYPES } from "@/lib/questions/schema";
import { slugSchema, tagSchema } from "@/lib/questions/schema-parts";
import { textSchema } from "@/lib/text-schema";

export const REVIEW_WHEN = ["immediately", "after_close", "never"] as const;
export type ReviewWhen = (typeof REVIEW_WHEN)[number];
export const GRADING_METHODS = ["highest", "latest", "first", "average"] as const;
export const LAYOUTS = ["one_per_page", "all_on_one"] as const;

/**
 * Quiz.reviewOptions, exactly this shape (quiz-take reads it). By default the student sees the score at once and the
 * rest after the close, so classmates still taking the quiz cannot be handed the key.
 */
export const DEFAULT_REVIEW_OPTIONS = { score: "immediately", correctness: "after_close", answer: "after_close", explanation: "after_close" } as const;
export type ReviewOptions = { score: ReviewWhen; correctness: ReviewWhen; answer: ReviewWhen; explanation: ReviewWhen };

const when = z.enum(REVIEW_WHEN, { error: 'Review options are "immediately", "after_close" or "never".' });
export const reviewOptionsSchema = z.strictObject({
  score: when.default(DEFAULT_REVIEW_OPTIONS.score),
  correctness: when.default(DEFAULT_REVIEW_OPTIONS.correctness),
  answer: when.default(DEFAULT_REVIEW_OPTIONS.answer),
  explanation: when.default(DEFAULT_REVIEW_OPTIONS.explanation),
});

/** A stored value read back: anything missing or unknown falls back to the default, field by field. */
export function readReviewOptions(stored: unknown): ReviewOptions {
  const source = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const pick = (key: keyof ReviewOptions): ReviewWhen => {
    const value = source[key];
    return REVIEW_WHEN.includes(value as ReviewWhen) ? (value as ReviewWhen) : DEFAULT_REVIEW_OPTIONS[key];
  };
  return { score: pick("score"), correctness: pick("correctness"), answer: pick("answer"), explanation: pick("explanation") };
}

const instant = z
  .string({ error: "Times are ISO dates and times with their offset, or null." })
  .datetime({ offset: true, error: "Times are ISO dates and times with their offset, e.g. 2026-12-03T09:00:00+01:00." })
  .nullable();
const whole = (what: string, min: number, max: number) =>
  z.number({ error: `${what} must be a number.` }).int(`${what} must be a whole number.`).min(min, `${what} is at least ${min}.`).max(max, `${what} is at most ${max}.`);

export const poolFilterSchema = z.strictObject({
  readings: z.array(slugSchema).max(20).optional(),
  kinds: z.array(z.enum(QUESTION_KINDS)).max(QUESTION_KINDS.length).optional(),
  types: z.array(z.enum(QUESTION_TYPES)).max(QUESTION_TYPES.length).optional(),
  difficulties: z.array(z.union([z.literal(1), z.literal(2), z.literal(3)])).max(3).optional(),
  /** A question matches when it has any of these tags. */
  tags: z.array(tagSchema).max(20).optional(),
});
export type PoolFilter = z.infer<typeof poolFilterSchema>;

const points = z.number({ error: "Points must be a number." }).positive("Points must be more than 0.").max(1000, "Points are at most 1000.");
const questionIdSchema = z.string({ error: "questionId is required." }).min(1).max(120).regex(/^[A-Za-z0-9~_-]+$/, "Unknown question.");

export const slotSchema = z.union([
  z.strictObject({ questionId: questionIdSchema, points: points.default(1) }),
  z.strictObject({ pool: poolFilterSchema, count: whole("A pool's count", 1, 100), points: points.default(1) }),
], { error: "A slot is { questionId, points } or { pool, count, points }." });
export type SlotInput = z.infer<typeof slotSchema>;

const settingsShape = {
  title: textSchema().trim().min(1, "Enter a title.").max(200, "Titles are at most 200 characters."),
  readings: z.array(slugSchema, { error: "readings is a list of reading slugs." }).min(1, "Choose at least one reading.").max(20),
  timeLimitSeconds: whole("The time limit (seconds)", 60, 86_400).nullable(),
  opensAt: instant,
  closesAt: instant,
  extraTimePastClose: z.boolean(),
  /** 0: unlimited. */
  attemptsAllowed: whole("Attempts allowed", 0, 100),
  gradingMethod: z.enum(GRADING_METHODS, { error: "Grading is highest, latest, first or average." }),
  minGapSeconds: whole("The gap between attempts (seconds)", 0, 30 * 86_400),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  layout: z.enum(LAYOUTS, { error: 'Layout is "one_per_page" or "all_on_one".' }),
  reviewOptions: reviewOptionsSchema,
  expiryPolicy: z.enum(["auto_submit", "grace"], { error: 'At expiry: "auto_submit" or "grace".' }),
  graceSeconds: whole("The grace period (seconds)", 0, 86_400),
  slots: z.array(slotSchema).max(100, "At most 100 slots."),
};

export const QUIZ_DEFAULTS = {
  timeLimitSeconds: 600, opensAt: null, closesAt: null, extraTimePastClose: false, attemptsAllowed: 1,
  gradingMethod: "highest", minGapSeconds: 0, shuffleQuestions: true, shuffleOptions: true, layout: "one_per_page",
  reviewOptions: DEFAULT_REVIEW_OPTIONS, expiryPolicy: "auto_submit", graceSeconds: 0, slots: [],
} as const;

type Window = { opensAt?: string | null; closesAt?: string | null; expiryPolicy?: string; graceSeconds?: number };
function checkWindow(v: Window, ctx: z.RefinementCtx) {
  if (v.opensAt && v.closesAt && Date.parse(v.closesAt) <= Date.parse(v.opensAt)) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: "The quiz must close after it opens." });
  }
  if (v.expiryPolicy === "grace" && !v.graceSeconds) {
    ctx.addIssue({ code: "custom", path: ["graceSeconds"], message: "A grace period needs a length in seconds." });
  }
}

export const createQuizSchema = z
  .strictObject({
    title: settingsShape.title,
    readings: settingsShape.readings,
    timeLimitSeconds: settingsShape.timeLimitSeconds.default(QUIZ_DEFAULTS.timeLimitSeconds),
    opensAt: instant.default(null),
    closesAt: instant.default(null),
    extraTimePastClose: settingsShape.extraTimePastClose.default(false),
    attemptsAllowed: settingsShape.attemptsAllowed.default(1),
    gradingMethod: settingsShape.gradingMethod.default("highest"),
    minGapSeconds: settingsShape.minGapSeconds.default(0),
    shuffleQuestions: settingsShape.shuffleQuestions.default(true),
    shuffleOptions: settingsShape.shuffleOptions.default(true),
    layout: settingsShape.layout.default("one_per_page"),
    reviewOptions: reviewOptionsSchema.default(DEFAULT_REVIEW_OPTIONS),
    expiryPolicy: settingsShape.expiryPolicy.default("auto_submit"),
    graceSeconds: settingsShape.graceSeconds.default(0),
    slots: settingsShape.slots.default([]),
  })
  .superRefine(checkWindow);
export type CreateQuizInput = z.infer<typeof createQuizSchema>;

/** PATCH: any subset; `slots` (when given) replaces the whole list. */
export const updateQuizSchema = z
  .strictObject(Object.fromEntries(Object.entries(settingsShape).map(([k, s]) => [k, s.optional()])) as {
    [K in keyof typeof settingsShape]: z.ZodOptional<(typeof settingsShape)[K]>;
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one setting to change." })
  .superRefine(checkWindow);
export type UpdateQuizInput = z.infer<typeof updateQuizSchema>;

export const publishSchema = z.strictObject({ published: z.boolean({ error: "published must be true or false." }).default(true) });

export const previewCheckSchema = z.strictObject({
  answers: z
    .array(z.strictObject({ questionId: questionIdSchema, response: z.unknown() }), { error: "answers is a list of { questionId, response }." })
    .min(1, "Answer at least one question.")
    .max(200),
});

const note = textSchema().trim().max(1000, "Notes are at most 1000 characters.");
/** PUT replaces the whole accommodation, so every field is sent (1 / 0 / 0 / null for "none"). */
export const accommodationSchema = z
  .strictObject({
    timeMultiplier: z.number({ error: "The time multiplier must be a number." }).min(1, "The time multiplier is at least 1.").max(5, "The time multiplier is at most 5."),
    extraMinutes: whole("Extra minutes", 0, 24 * 60),
    extraAttempts: whole("Extra attempts", 0, 20),
    note: note.nullable(),
  });
export type AccommodationInput = z.infer<typeof accommodationSchema>;

/** PUT replaces the whole override: each field is sent, null meaning "the quiz's". */
export const overrideSchema = z
  .strictObject({
    opensAt: instant,
    closesAt: instant,
    /** null: the quiz's own number (plus the accommodation's extra attempts); 0: unlimited. */
    attemptsAllowed: whole("Attempts allowed", 0, 100).nullable(),
  })
  .superRefine(checkWindow);
export type OverrideInput = z.infer<typeof overrideSchema>;

export const regradeSchema = z.strictObject({
  questionId: questionIdSchema,
  scope: z.enum(["all", "unreviewed"], { error: 'scope is "all" or "unreviewed".' }),
});

export const markSchema = z.strictObject({
  /** Points for the item; null removes the override (the automatic mark counts again). */
  mark: z.number({ error: "The mark must be a number of points, or null." }).min(0, "A mark is at least 0.").max(1000).nullable(),
  comment: textSchema().trim().min(1, "Say why the mark changes.").max(1000, "Comments are at most 1000 characters."),
});

export const reviewedSchema = z.strictObject({ reviewed: z.boolean({ error: "reviewed must be true or false." }) });
