import { describe, expect, it } from "vitest";
import { DIFFICULTY_LABELS, KIND_LABELS, TYPE_LABELS } from "@/components/reading/question-labels";
import { QUESTION_KINDS, QUESTION_TYPES } from "@/lib/questions/schema";

describe("question labels", () => {
  it("name every type, kind and difficulty, no two alike (the old Date/Date, Number/Number)", () => {
    expect(Object.keys(TYPE_LABELS).sort()).toEqual([...QUESTION_TYPES].sort());
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...QUESTION_KINDS].sort());
    const all = [...Object.values(TYPE_LABELS), ...Object.values(KIND_LABELS), ...Object.values(DIFFICULTY_LABELS)];
    expect(new Set(all).size).toBe(all.length);
  });

});
