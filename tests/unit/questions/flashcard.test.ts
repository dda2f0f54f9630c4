import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scrambleItems, toFlashcard } from "@/lib/questions/flashcard";
import { normalizeQuestion, questionSchema } from "@/lib/questions/schema";
import { questionArb } from "./arbitraries";

const base = { id: "dip-001", kind: "date", difficulty: 1, tags: ["t"], prompt: "Prompt?", explanation: "Why.", quote: "Q." };
const card = (fields: Record<string, unknown>) =>
  toFlashcard(normalizeQuestion({ question: questionSchema.parse({ ...base, ...fields }), reading: "r" }));

describe("toFlashcard", () => {
  it("puts the choices on the front and the answer on the back", () => {
    const mcq = card({ type: "mcq", options: ["A", "B", "C", "D"], answer: "C" });
    expect(mcq).toEqual({
      front: "Prompt?",
      frontList: ["A", "B", "C", "D"],
      back: "C",
      explanation: "Why.",
      sources: [{ reading: "r", text: "Q." }],
    });
    expect(card({ type: "true_false", answer: false })).toMatchObject({ back: "False" });
    expect(card({ type: "true_false", answer: false })).not.toHaveProperty("frontList");
  });

  it("writes numbers and dates the way people read them", () => {
    expect(card({ type: "numeric", answer: 2.5, unit: "USD billion" }).back).toBe("2.5 USD billion");
    expect(card({ type: "numeric", answer: 10000, unit: "troops", tolerance: 500 }).back).toBe("10,000 troops (± 500)");
    expect(card({ type: "numeric", answer: 40, unit: "percent" }).back).toBe("40%");
    expect(card({ type: "date", answer: "2016-05" }).back).toBe("May 2016");
    expect(card({ type: "date", answer: "2016-12-15" }).back).toBe("15 December 2016");
  });

  it("never shows an ordering's items in the answer order on the front", () => {
    const ordering = card({ type: "ordering", items: [{ text: "Alpha", date: "2014" }, { text: "Beta" }, { text: "Gamma" }] });
    expect(ordering.frontList).not.toEqual(["Alpha", "Beta", "Gamma"]);
    expect([...ordering.frontList!].sort()).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(ordering.back).toBe("Alpha (2014) → Beta → Gamma");
  });

  it("shows a matching question's left column on the front and every pair on the back", () => {
    const pairs = [{ left: "Abe", right: "PM" }, { left: "Seko", right: "METI" }, { left: "Putin", right: "President" }];
    expect(card({ type: "matching", pairs })).toMatchObject({ frontList: ["Abe", "Seko", "Putin"], back: "Abe: PM; Seko: METI; Putin: President" });
  });

  it("derives a non-empty face for every valid question", () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const face = toFlashcard(normalizeQuestion({ question: questionSchema.parse(question), reading: "r" }));
        return face.front !== "" && face.back !== "" && face.sources.length > 0;
      }),
    );
  });

  it("scrambles any list of distinct items away from the answer order", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 6 }), (texts) => {
        const scrambled = scrambleItems(texts);
        return scrambled.some((text, i) => text !== texts[i]) && [...scrambled].sort().join() === [...texts].sort().join();
      }),
    );
  });
});
