import { describe, expect, it } from "vitest";
import { gradeAttemptItems } from "@/lib/grading/grade-attempt";
import { normalizeQuestion, questionSchema } from "@/lib/questions/schema";

const base = { kind: "event", difficulty: 1, tags: [], prompt: "p", explanation: "e", quote: "q" } as const;
const content = (fields: Record<string, unknown>) =>
  normalizeQuestion({ question: questionSchema.parse({ ...base, ...fields }), reading: "r" });

describe("gradeAttemptItems", () => {
  const mcq = content({ id: "qz-001", type: "mcq", options: ["A", "B", "C", "D"], answer: "C" });
  const ordering = content({ id: "qz-002", type: "ordering", items: [{ text: "1" }, { text: "2" }, { text: "3" }] });
  const item = (c: unknown, response: unknown, points = 1, overrideMark: number | null = null) => ({ points, content: c, optionOrder: null, response, overrideMark });

  it("marks each item, weights by points and lets an instructor's mark replace the computed one", () => {
    const graded = gradeAttemptItems({
      items: [item(mcq, "C", 2), item(mcq, "A"), item(ordering, ["2", "1", "3"], 4), item(mcq, null, 1, 0.5)],
    });
    expect(graded.fractions).toEqual([1, 0, 0.5, 0]);
    expect(graded).toMatchObject({ score: 2 + 0 + 2 + 0.5, maxScore: 8 });
  });

  it("gives an unanswered item nothing and an empty attempt 0 of 0", () => {
    expect(gradeAttemptItems({ items: [item(mcq, undefined)] }).fractions).toEqual([0]);
    expect(gradeAttemptItems({ items: [] })).toEqual({ fractions: [], score: 0, maxScore: 0 });
  });
});
