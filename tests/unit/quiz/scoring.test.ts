import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkNewAttempt, countAttemptsAllowed, gradeAttempts, type GradingMethod } from "@/lib/quiz/scoring";

const at = (minutes: number) => new Date(Date.parse("2026-03-02T09:00:00Z") + minutes * 60_000);

describe("gradeAttempts", () => {
  const attempts = [
    { startedAt: at(30), score: 9 },
    { startedAt: at(0), score: 6 },
    { startedAt: at(60), score: 7.5 },
  ];

  it("takes the highest, first, latest (by start) or the mean", () => {
    expect(gradeAttempts({ method: "highest", attempts })).toBe(9);
    expect(gradeAttempts({ method: "first", attempts })).toBe(6);
    expect(gradeAttempts({ method: "latest", attempts })).toBe(7.5);
    expect(gradeAttempts({ method: "average", attempts })).toBe(7.5);
    expect(gradeAttempts({ method: "average", attempts: [] })).toBeNull();
  });

  it("property: every method lies between the lowest and the highest score, and one attempt is its own grade", () => {
    const attemptArb = fc.record({ startedAt: fc.integer({ min: 0, max: 10_000 }).map(at), score: fc.double({ min: 0, max: 100, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(attemptArb, { minLength: 1, maxLength: 8 }), fc.constantFrom<GradingMethod>("highest", "latest", "first", "average"), (list, method) => {
        const grade = gradeAttempts({ method, attempts: list })!;
        const scores = list.map((a) => a.score);
        expect(grade).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-9);
        expect(grade).toBeLessThanOrEqual(Math.max(...scores) + 1e-9);
        expect(gradeAttempts({ method, attempts: [list[0]] })).toBe(list[0].score);
        expect(grade).toBeLessThanOrEqual(gradeAttempts({ method: "highest", attempts: list })! + 1e-9);
      }),
    );
  });
});

describe("attempts allowed and the gap between attempts", () => {
  it("adds the accommodation's extra attempts, unless a per-quiz override sets the total", () => {
    expect(countAttemptsAllowed({ quizAttempts: 2, extraAttempts: 1 })).toBe(3);
    expect(countAttemptsAllowed({ quizAttempts: 2, extraAttempts: 1, override: 5 })).toBe(5);
    expect(countAttemptsAllowed({ quizAttempts: 2, override: null })).toBeNull();
    expect(countAttemptsAllowed({ quizAttempts: null, extraAttempts: 1 })).toBeNull();
  });

  it("refuses while one is open, when none are left, and before the gap has passed", () => {
    const done = [{ finishedAt: at(10) }];
    expect(checkNewAttempt({ attemptsAllowed: 3, attempts: [{ finishedAt: null }], minGapSeconds: 0, now: at(5) }))
      .toEqual({ ok: false, reason: "ATTEMPT_IN_PROGRESS" });
    expect(checkNewAttempt({ attemptsAllowed: 1, attempts: done, minGapSeconds: 0, now: at(20) }))
      .toEqual({ ok: false, reason: "NO_ATTEMPTS_LEFT" });
    expect(checkNewAttempt({ attemptsAllowed: 3, attempts: done, minGapSeconds: 3600, now: at(20) }))
      .toEqual({ ok: false, reason: "TOO_SOON", retryAt: at(70) });
    expect(checkNewAttempt({ attemptsAllowed: 3, attempts: done, minGapSeconds: 3600, now: at(70) }))
      .toEqual({ ok: true, attemptsLeftAfter: 1 });
    expect(checkNewAttempt({ attemptsAllowed: null, attempts: [], minGapSeconds: 60, now: at(0) }))
      .toEqual({ ok: true, attemptsLeftAfter: null });
  });
});
