import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_REVIEW_OPTIONS, decideReviewVisibility, readReviewOptions, REVIEW_WHEN, type ReviewOptions } from "@/lib/quiz/review-visibility";

const NOW = new Date("2026-11-29T12:00:00Z");
const past = new Date("2026-11-29T11:00:00Z");
const future = new Date("2026-11-29T13:00:00Z");
const all = (when: ReviewOptions["score"]): ReviewOptions => ({ score: when, correctness: when, answer: when, explanation: when });

describe("review visibility", () => {
  it("shows nothing while the attempt is open, whatever the options", () => {
    expect(decideReviewVisibility({ options: all("immediately"), finished: false, closesAt: past, now: NOW })).toEqual({ score: false, correctness: false, answer: false, explanation: false });
  });

  it("immediately / after the close / never", () => {
    expect(decideReviewVisibility({ options: all("immediately"), finished: true, closesAt: future, now: NOW })).toEqual({ score: true, correctness: true, answer: true, explanation: true });
    expect(decideReviewVisibility({ options: all("after_close"), finished: true, closesAt: future, now: NOW })).toEqual({ score: false, correctness: false, answer: false, explanation: false });
    expect(decideReviewVisibility({ options: all("after_close"), finished: true, closesAt: past, now: NOW })).toEqual({ score: true, correctness: true, answer: true, explanation: true });
    expect(decideReviewVisibility({ options: all("after_close"), finished: true, closesAt: null, now: NOW }).score).toBe(false); // never closes
    expect(decideReviewVisibility({ options: all("never"), finished: true, closesAt: past, now: NOW })).toEqual({ score: false, correctness: false, answer: false, explanation: false });
  });

  it("defaults: the score at once, the rest after the close; bad stored values fall back key by key", () => {
    expect(readReviewOptions(null)).toEqual(DEFAULT_REVIEW_OPTIONS);
    expect(readReviewOptions({ score: "never", answer: "sometimes" })).toEqual({ ...DEFAULT_REVIEW_OPTIONS, score: "never" });
    expect(decideReviewVisibility({ options: {}, finished: true, closesAt: future, now: NOW })).toEqual({ score: true, correctness: false, answer: false, explanation: false });
  });

  it("property: the answer or the explanation never shows without correctness, and nothing shows before it is allowed", () => {
    const when = fc.constantFrom(...REVIEW_WHEN);
    fc.assert(
      fc.property(fc.record({ score: when, correctness: when, answer: when, explanation: when }), fc.boolean(), fc.option(fc.integer({ min: -10, max: 10 })), (options, finished, hours) => {
        const closesAt = hours === null ? null : new Date(NOW.getTime() + hours * 3_600_000);
        const v = decideReviewVisibility({ options, finished, closesAt, now: NOW });
        if (v.answer || v.explanation) expect(v.correctness).toBe(true);
        for (const key of ["score", "correctness", "answer", "explanation"] as const) {
          if (v[key]) expect(finished && (options[key] === "immediately" || (options[key] === "after_close" && closesAt !== null && closesAt <= NOW))).toBe(true);
          if (options[key] === "never") expect(v[key]).toBe(false);
        }
      }),
    );
  });
});
