import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markAnswer } from "@/lib/questions/match-answer";
import { questionSchema, type Question, type QuestionOf } from "@/lib/questions/schema";
import {
  checkNewAttempt,
  countAttemptsAllowed,
  findLongestIncreasingRun,
  gradeAttempts,
  markQuestion,
  scoreAttempt,
  type GradingMethod,
} from "@/lib/quiz/scoring";
import { questionArb } from "../questions/arbitraries";

const base = { id: "qz-001", kind: "event", difficulty: 1, tags: ["t"], prompt: "p", explanation: "e", quote: "q" } as const;
function make<T extends Question["type"]>(fields: Record<string, unknown> & { type: T }): QuestionOf<T> {
  return questionSchema.parse({ ...base, ...fields }) as QuestionOf<T>;
}
const ordering = make({ type: "ordering", items: ["A", "B", "C", "D", "E"].map((text) => ({ text })) });
const matching = make({
  type: "matching",
  pairs: [
    { left: "Sochi", right: "May 2016" },
    { left: "Nagato", right: "December 2016" },
    { left: "Crimea", right: "March 2014" },
    { left: "Vladivostok", right: "September 2016" },
  ],
});
const fraction = (question: Question, response: unknown) => markQuestion({ question, response }).fraction;
const at = (minutes: number) => new Date(Date.parse("2026-03-02T09:00:00Z") + minutes * 60_000);

describe("ordering credit: 1 − edits / (n − 1), edits = n − longest ordered subset + strays", () => {
  it("scores the hand-worked cases", () => {
    expect(fraction(ordering, ["A", "B", "C", "D", "E"])).toBe(1);
    expect(fraction(ordering, ["A", " B ", "C", "D", "E"])).toBe(1); // the marker's normalisation (spaces)
    expect(fraction(ordering, ["A", "C", "B", "D", "E"])).toBe(0.75); // neighbours swapped: one move
    expect(fraction(ordering, ["B", "C", "D", "E", "A"])).toBe(0.75); // first to last: one move
    expect(fraction(ordering, ["E", "D", "C", "B", "A"])).toBe(0); // reversed: four moves
    expect(fraction(ordering, ["A", "B", "C", "D"])).toBe(0.75); // one missing: one insertion
    expect(fraction(ordering, ["A", "B", "C", "D", "E", "Z"])).toBe(0.75); // a stray: one deletion
    expect(fraction(ordering, ["A", "A", "B", "C", "D"])).toBe(0.5); // a repeat is a stray, E missing
    expect(fraction(ordering, "A, B, C")).toBe(0); // not a list at all
  });

  it("finds the longest increasing run", () => {
    expect(findLongestIncreasingRun({ values: [] })).toBe(0);
    expect(findLongestIncreasingRun({ values: [3, 1, 2, 5, 4] })).toBe(3);
    expect(findLongestIncreasingRun({ values: [4, 3, 2, 1] })).toBe(1);
  });
});

describe("matching credit: correct pairs / max(pairs, entries)", () => {
  it("scores the hand-worked cases", () => {
    const all = { Sochi: "May 2016", Nagato: "December 2016", Crimea: "March 2014", Vladivostok: "September 2016" };
    expect(fraction(matching, all)).toBe(1);
    expect(fraction(matching, { ...all, Sochi: "March 2014", Crimea: "May 2016" })).toBe(0.5);
    expect(fraction(matching, { Sochi: " May  2016" })).toBe(0.25);
    expect(fraction(matching, { ...all, Tokyo: "May 2016" })).toBe(0.8); // a padded guess counts against
    expect(fraction(matching, ["May 2016"])).toBe(0);
  });
});

describe("markQuestion", () => {
  const orderingOrMatching = questionArb.filter((q) => q.type === "ordering" || q.type === "matching");
  const responseFor = (q: Question) => {
    if (q.type === "ordering") {
      const texts = q.items.map((item) => item.text);
      return fc.shuffledSubarray([...texts, ...texts, "stray"], { maxLength: 6 });
    }
    if (q.type === "matching") {
      const lefts = q.pairs.map((pair) => pair.left);
      const rights = q.pairs.map((pair) => pair.right);
      return fc
        .tuple(fc.subarray([...lefts, "stray"]), fc.array(fc.constantFrom(...rights), { minLength: 7, maxLength: 7 }))
        .map(([keys, values]) => Object.fromEntries(keys.map((key, i) => [key, values[i]])));
    }
    return fc.anything();
  };

  it("property: the fraction is in [0, 1], and 1 exactly when the marker says correct", () => {
    fc.assert(
      fc.property(
        orderingOrMatching.chain((q) => fc.tuple(fc.constant(q), responseFor(q))),
        ([question, response]) => {
          const mark = markQuestion({ question, response });
          expect(mark.fraction).toBeGreaterThanOrEqual(0);
          expect(mark.fraction).toBeLessThanOrEqual(1);
          expect(mark.fraction === 1).toBe(markAnswer(question, response).correct);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: the correct response of any question earns full credit, anything else on other types 0 or 1", () => {
    fc.assert(
      fc.property(questionArb, fc.anything(), (question, junk) => {
        const mark = markQuestion({ question, response: junk });
        if (question.type !== "ordering" && question.type !== "matching") expect([0, 1]).toContain(mark.fraction);
        if (question.type === "ordering") expect(fraction(question, question.items.map((i) => i.text))).toBe(1);
        if (question.type === "matching") {
          expect(fraction(question, Object.fromEntries(question.pairs.map((p) => [p.left, p.right])))).toBe(1);
        }
      }),
    );
  });
});

describe("scoreAttempt", () => {
  it("weights each slot by its points, and an instructor's mark replaces the computed one (within 0..points)", () => {
    const slots = [
      { points: 2, fraction: 0.75 },
      { points: 1, fraction: 0 },
      { points: 3, fraction: 1, overrideMark: 1 },
      { points: 1, fraction: 1, overrideMark: 5 },
    ];
    expect(scoreAttempt({ slots })).toEqual({ score: 1.5 + 0 + 1 + 1, maxScore: 7 });
  });
});

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
