import { describe, expect, it } from "vitest";
import { toStudentView } from "@/lib/questions/student-view";
import type { NormalizedQuestion } from "@/lib/questions/schema";

const common = { id: "t-001", kind: "date", difficulty: 1, tags: [], explanation: "Because.", reading: "r", sources: [{ reading: "r", text: "q" }] } as const;

describe("toStudentView", () => {
  it("never carries the answer, explanation or sources", () => {
    const q = { ...common, type: "short", prompt: "Who?", answer: "Abe", accept: [] } as unknown as NormalizedQuestion;
    const view = toStudentView(q, "s");
    expect(JSON.stringify(view)).not.toMatch(/Abe|Because|sources/);
  });

  it("spreads the right MCQ option over positions across seeds", () => {
    const q = { ...common, type: "mcq", prompt: "Which?", options: ["A", "B", "C", "D"], answer: "A" } as unknown as NormalizedQuestion;
    const positions = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const view = toStudentView(q, `seed-${i}`);
      if (view.type === "mcq") positions.add(view.options.indexOf("A"));
    }
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });

  it("never shows ordering items in the answer's order", () => {
    const items = ["one", "two"].map((text) => ({ text }));
    const q = { ...common, type: "ordering", prompt: "Order", items } as unknown as NormalizedQuestion;
    for (let i = 0; i < 30; i++) {
      const view = toStudentView(q, `s${i}`);
      if (view.type === "ordering") expect(view.items).toEqual(["two", "one"]);
    }
  });
});
