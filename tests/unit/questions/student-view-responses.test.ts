import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyResponse } from "@/components/question/response";
import { markAnswer } from "@/lib/grading/match-answer";
import { normalizeQuestion, type NormalizedQuestion } from "@/lib/questions/schema";
import { toStudentView } from "@/lib/questions/student-view";
import { questionArb } from "./arbitraries";

const normalizedArb = questionArb.map((question) => normalizeQuestion({ question, reading: "test-reading" }));

/** What a student who knows the answer puts into the widgets, in the shape they report it. */
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

describe("the student view and the answering widgets' responses", () => {
  it("offer every option, item and right-hand side, the mcq options in the seeded order", () => {
    fc.assert(
      fc.property(normalizedArb, (q) => {
        const view = toStudentView(q, q.id);
        const sorted = (texts: string[]) => [...texts].sort();
        if (q.type === "mcq" && view.type === "mcq") expect(sorted(view.options)).toEqual(sorted(q.options));
        if (q.type === "ordering" && view.type === "ordering") expect(sorted(view.items)).toEqual(sorted(q.items.map((i) => i.text)));
        if (q.type === "matching" && view.type === "matching") {
          expect(sorted(view.left)).toEqual(sorted(q.pairs.map((p) => p.left)));
          expect(sorted(view.right)).toEqual(sorted(q.pairs.map((p) => p.right)));
        }
      }),
      { numRuns: 100 },
    );
  });

  it("are read by the bank's own marking: the right response is correct, the untouched one wrong", () => {
    fc.assert(
      fc.property(normalizedArb, (q) => {
        expect(markAnswer(q, rightResponse(q)).correct).toBe(true);
        expect(markAnswer(q, emptyResponse(toStudentView(q, q.id))).correct).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
