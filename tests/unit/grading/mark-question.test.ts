import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markAnswer } from "@/lib/grading/match-answer";
import { questionSchema, type Question, type QuestionOf } from "@/lib/questions/schema";
import { findLongestIncreasingRun, markQuestion } from "@/lib/grading/mark-question";
import { scoreAttempt } from "@/lib/grading/score";
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
