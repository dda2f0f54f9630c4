import { describe, expect, it } from "vitest";
import { diffQuestions, fieldText, questionFields } from "@/lib/questions/diff-versions";
import type { Question } from "@/lib/questions/schema";

const mcq = {
  id: "dip-001", type: "mcq", kind: "date", difficulty: 1, tags: ["sochi"], prompt: "When?", explanation: "Because.",
  quote: "In May 2016.", options: ["May 2016", "June 2016", "July 2016", "May 2015"], answer: "May 2016",
} as Question;

describe("diffQuestions", () => {
  it("names only the fields that changed, old and new text side by side, in the editor's order", () => {
    const after = { ...mcq, prompt: "When exactly?", options: ["May 2016", "June 2016", "July 2016", "April 2016"], tags: [] } as Question;
    expect(diffQuestions(mcq, after)).toEqual([
      { field: "prompt", label: "Prompt", before: "When?", after: "When exactly?" },
      { field: "tags", label: "Tags", before: "sochi", after: "" },
      { field: "options", label: "Options", before: "May 2016\nJune 2016\nJuly 2016\nMay 2015", after: "May 2016\nJune 2016\nJuly 2016\nApril 2016" },
    ]);
    expect(diffQuestions(mcq, { ...mcq })).toEqual([]);
  });

  it("writes pairs, dated items and synthesis quotes as readable lines", () => {
    expect(fieldText([{ left: "Abe", right: "Japan" }])).toBe("Abe → Japan");
    expect(fieldText([{ text: "Sochi", date: "2016-05" }, { text: "Nagato" }])).toBe("Sochi (2016-05)\nNagato");
    expect(fieldText([{ reading: "abe-all-in-2016", text: "A quote." }])).toBe("abe-all-in-2016: A quote.");
    expect(fieldText(false)).toBe("false");
    expect(fieldText(undefined)).toBe("");
  });

  it("lists every non-empty field of one version", () => {
    expect(questionFields({ ...mcq, tags: [] } as Question).map((f) => f.field)).toEqual(["prompt", "kind", "difficulty", "options", "answer", "explanation", "quote"]);
  });
});
