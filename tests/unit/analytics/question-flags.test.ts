import { describe, expect, it } from "vitest";
import { flagQuestion, isLapseRateFarAbove, lapseExcessZ, lapseRateOf } from "@/lib/analytics/questions/question-flags";

// The reading: 200 reviews of Review-state cards, 20 of them Again → 10%. Its binomial standard error for a question
// with n reviews is √(0.1 · 0.9 / n); for n = 20 that is √0.0045 ≈ 0.067082.
const READING = { reviews: 200, lapses: 20 };

describe("lapse rate far above its reading's", () => {
  it("computes the rate and the z of the gap by hand", () => {
    expect(lapseRateOf({ reviews: 20, lapses: 6 })).toBeCloseTo(0.3, 12);
    expect(lapseRateOf({ reviews: 0, lapses: 0 })).toBeNull();
    // (0.3 − 0.1) / √(0.09 / 20) = 0.2 / 0.0670820… = 2.98142…
    expect(lapseExcessZ({ question: { reviews: 20, lapses: 6 }, reading: READING })).toBeCloseTo(2.981424, 5);
  });

  it("flags a large, unlikely gap with enough reviews", () => {
    expect(isLapseRateFarAbove({ question: { reviews: 20, lapses: 6 }, reading: READING })).toBe(true);
  });

  it("does not flag a gap chance explains (z = 0.1 / 0.0671 = 1.49 < 2)", () => {
    expect(isLapseRateFarAbove({ question: { reviews: 20, lapses: 4 }, reading: READING })).toBe(false);
  });

  it("does not flag a gap too small to matter, however certain (9 points, z = 0.09 / 0.03 = 3)", () => {
    expect(isLapseRateFarAbove({ question: { reviews: 100, lapses: 19 }, reading: READING })).toBe(false);
  });

  it("does not judge fewer than 10 reviews, even all lapses", () => {
    expect(isLapseRateFarAbove({ question: { reviews: 9, lapses: 9 }, reading: READING })).toBe(false);
    expect(isLapseRateFarAbove({ question: { reviews: 10, lapses: 9 }, reading: READING })).toBe(true);
  });

  it("handles a reading nobody ever forgot", () => {
    expect(isLapseRateFarAbove({ question: { reviews: 12, lapses: 3 }, reading: { reviews: 300, lapses: 0 } })).toBe(true);
    expect(isLapseRateFarAbove({ question: { reviews: 12, lapses: 0 }, reading: { reviews: 300, lapses: 0 } })).toBe(false);
  });
});

describe("flagQuestion", () => {
  const quiz = (count: number, facility: number | null, discriminationIndex: number | null) => ({ count, facility, discriminationIndex });

  it("flags negative discrimination and facility below 0.2, each with its reason", () => {
    const flags = flagQuestion({ quiz: quiz(5, 0.15, -0.2) });
    expect(flags.map((f) => f.rule)).toEqual(["negative_discrimination", "low_facility"]);
    expect(flags[0].message).toContain("-0.20");
    expect(flags[1].message).toContain("15%");
  });

  it("leaves a good question, an exactly-0.2 facility and a zero discrimination alone", () => {
    expect(flagQuestion({ quiz: quiz(30, 0.6, 0.45) })).toEqual([]);
    expect(flagQuestion({ quiz: quiz(30, 0.2, 0) })).toEqual([]);
    expect(flagQuestion({ quiz: quiz(30, null, null) })).toEqual([]);
  });

  it("says nothing from fewer than 5 attempts", () => {
    expect(flagQuestion({ quiz: quiz(4, 0, -0.9) })).toEqual([]);
  });

  it("adds the flashcard flag with both rates", () => {
    const flags = flagQuestion({ quiz: quiz(30, 0.7, 0.3), flashcards: { question: { reviews: 20, lapses: 6 }, reading: READING } });
    expect(flags).toEqual([{ rule: "high_lapse_rate", message: expect.stringContaining("30% against 10%") }]);
  });
});
