import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markAnswer } from "@/lib/questions/match-answer";
import { normalizeQuestion, type NormalizedQuestion } from "@/lib/questions/schema";
import { emptyResponse, toStudentQuestion } from "@/lib/questions/student-question";
import { seededShuffle } from "@/lib/shuffle";
import { questionArb } from "./arbitraries";

const TITLES = { "test-reading": "A Test Reading" };
const normalizedArb = questionArb.map((question) => normalizeQuestion({ question, reading: "test-reading" }));
const ANSWER_FIELDS = ["answer", "accept", "tolerance", "explanation", "sources", "pairs", "quote"];

/** A response a student who knows the answer would give, in the widget's shape. */
function rightResponse(q: NormalizedQuestion) {
  switch (q.type) {
    case "ordering":
      return q.items.map((item) => item.text);
    case "matching":
      return Object.fromEntries(q.pairs.map((p) => [p.left, p.right]));
    case "numeric":
      return String(q.answer);
    default:
      return q.answer;
  }
}

describe("toStudentQuestion", () => {
  it("holds no answer, names the reading, and keeps every option, item and right-hand side", () => {
    fc.assert(
      fc.property(normalizedArb, (q) => {
        const student = toStudentQuestion({ question: q, titles: TITLES });
        for (const field of ANSWER_FIELDS) expect(student).not.toHaveProperty(field);
        expect(student).toMatchObject({ id: q.id, type: q.type, prompt: q.prompt, readingTitles: ["A Test Reading"] });
        if (q.type === "mcq" && student.type === "mcq") expect(student.options).toEqual(seededShuffle(q.options, q.id));
        if (q.type === "ordering" && student.type === "ordering") {
          const texts = q.items.map((item) => item.text);
          expect([...student.items].sort()).toEqual([...texts].sort());
          expect(student.items).not.toEqual(texts);
        }
        if (q.type === "matching" && student.type === "matching") {
          expect(student.lefts).toEqual(q.pairs.map((p) => p.left));
          expect([...student.rights].sort()).toEqual(q.pairs.map((p) => p.right).sort());
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives responses in the shape the bank's marking reads: the right one is marked correct, the empty one wrong", () => {
    fc.assert(
      fc.property(normalizedArb, (q) => {
        expect(markAnswer(q, rightResponse(q)).correct).toBe(true);
        expect(markAnswer(q, emptyResponse(toStudentQuestion({ question: q, titles: TITLES }))).correct).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
