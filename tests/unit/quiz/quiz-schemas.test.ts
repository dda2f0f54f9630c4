import { describe, expect, it } from "vitest";
import { createQuizSchema, DEFAULT_REVIEW_OPTIONS, readReviewOptions, reviewOptionsSchema, slotSchema, updateQuizSchema } from "@/lib/quiz/quiz-schemas";

describe("quiz settings", () => {
  it("fills every default from a title and readings", () => {
    const quiz = createQuizSchema.parse({ title: " Week 3 ", readings: ["abe-all-in-2016"] });
    expect(quiz).toEqual({
      title: "Week 3", readings: ["abe-all-in-2016"], timeLimitSeconds: 600, opensAt: null, closesAt: null, extraTimePastClose: false,
      attemptsAllowed: 1, gradingMethod: "highest", minGapSeconds: 0, shuffleQuestions: true, shuffleOptions: true, layout: "one_per_page",
      reviewOptions: { score: "immediately", correctness: "after_close", answer: "after_close", explanation: "after_close" },
      expiryPolicy: "auto_submit", graceSeconds: 0, slots: [],
    });
  });

  it("refuses a close before the open, a grace period without a length, unknown fields and no readings", () => {
    const base = { title: "Q", readings: ["abe-all-in-2016"] };
    const issues = (input: unknown) => createQuizSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(issues({ ...base, opensAt: "2026-12-03T10:00:00+01:00", closesAt: "2026-12-03T09:00:00Z" })).toEqual(["closesAt"]);
    expect(issues({ ...base, opensAt: "2026-12-03T10:00:00+01:00", closesAt: "2026-12-03T09:30:00Z" })).toEqual([]);
    expect(issues({ ...base, expiryPolicy: "grace" })).toEqual(["graceSeconds"]);
    expect(issues({ ...base, expiryPolicy: "grace", graceSeconds: 60 })).toEqual([]);
    expect(issues({ ...base, secret: 1 })).toHaveLength(1);
    expect(issues({ title: "Q", readings: [] })).toEqual(["readings"]);
    expect(issues({ ...base, timeLimitSeconds: 30 })).toEqual(["timeLimitSeconds"]);
    expect(issues({ ...base, gradingMethod: "best" })).toEqual(["gradingMethod"]);
  });

  it("a PATCH takes any subset and nothing else", () => {
    expect(updateQuizSchema.parse({ attemptsAllowed: 2 })).toEqual({ attemptsAllowed: 2 });
    expect(updateQuizSchema.safeParse({ classId: "x" }).success).toBe(false);
    expect(updateQuizSchema.safeParse({ title: "" }).success).toBe(false);
  });

  it("slots are a fixed question or a pool, with positive points", () => {
    expect(slotSchema.parse({ questionId: "dip-001~3fa9c2" })).toEqual({ questionId: "dip-001~3fa9c2", points: 1 });
    expect(slotSchema.parse({ pool: { kinds: ["date"], difficulties: [1, 2] }, count: 3, points: 2 })).toEqual({ pool: { kinds: ["date"], difficulties: [1, 2] }, count: 3, points: 2 });
    expect(slotSchema.safeParse({ questionId: "dip-001", points: 0 }).success).toBe(false);
    expect(slotSchema.safeParse({ pool: { kinds: ["bogus"] }, count: 1 }).success).toBe(false);
    expect(slotSchema.safeParse({ pool: {}, count: 0 }).success).toBe(false);
    expect(slotSchema.safeParse({ questionId: "../etc" }).success).toBe(false);
  });
});

describe("review options", () => {
  it("default to the score at once and the rest after the close", () => {
    expect(reviewOptionsSchema.parse({})).toEqual(DEFAULT_REVIEW_OPTIONS);
    expect(reviewOptionsSchema.parse({ answer: "never" })).toEqual({ ...DEFAULT_REVIEW_OPTIONS, answer: "never" });
    expect(reviewOptionsSchema.safeParse({ answer: "later" }).success).toBe(false);
  });

  it("read back field by field, an unknown or missing value taking the default", () => {
    expect(readReviewOptions(null)).toEqual(DEFAULT_REVIEW_OPTIONS);
    expect(readReviewOptions({ score: "never", answer: 3 })).toEqual({ ...DEFAULT_REVIEW_OPTIONS, score: "never" });
    expect(readReviewOptions(["immediately"])).toEqual(DEFAULT_REVIEW_OPTIONS);
  });
});

describe("instructor writes", () => {
  it("a PATCH with nothing to change, and PUTs missing a field, are refused", async () => {
    const { accommodationSchema, overrideSchema, reviewedSchema } = await import("@/lib/quiz/quiz-schemas");
    expect(updateQuizSchema.safeParse({}).success).toBe(false);
    expect(accommodationSchema.safeParse({}).success).toBe(false);
    expect(accommodationSchema.parse({ timeMultiplier: 1.5, extraMinutes: 10, extraAttempts: 0, note: null })).toEqual({ timeMultiplier: 1.5, extraMinutes: 10, extraAttempts: 0, note: null });
    expect(accommodationSchema.safeParse({ timeMultiplier: 0.5, extraMinutes: 0, extraAttempts: 0, note: null }).success).toBe(false);
    expect(overrideSchema.safeParse({}).success).toBe(false);
    expect(overrideSchema.safeParse({ opensAt: null, closesAt: null, attemptsAllowed: null }).success).toBe(true);
    expect(reviewedSchema.safeParse({}).success).toBe(false);
  });
});
