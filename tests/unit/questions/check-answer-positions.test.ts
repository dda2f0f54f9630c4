import { describe, expect, it } from "vitest";
import { answerPositionStats, checkAnswerPositions, isSkewed } from "@/lib/questions/check-answer-positions";
import type { NormalizedQuestion } from "@/lib/questions/schema";

const OPTIONS = ["a", "b", "c", "d"];
/** An mcq whose correct option sits at `position` (1-based) of `count` options. */
const mcq = (position: number, count = 4) =>
  ({ id: "t-001", type: "mcq", kind: "event", difficulty: 1, tags: ["t"], prompt: "p", explanation: "e", reading: "r", sources: [], options: [...OPTIONS, "e", "f"].slice(0, count), answer: OPTIONS.concat("e", "f")[position - 1] }) as NormalizedQuestion;
const bank = (positions: number[]) => positions.map((p) => mcq(p));

describe("answer positions", () => {
  it("warns when every answer is first (the audit's finding)", () => {
    const stats = answerPositionStats(bank([1, 1, 1, 1, 1, 1, 1, 1]));
    expect(stats).toMatchObject({ mcqs: 8, observed: [8, 0, 0, 0], maxShare: 1 });
    expect(isSkewed(stats)).toBe(true);
  });

  it("warns when one position holds more than half", () => {
    expect(isSkewed(answerPositionStats(bank([2, 2, 2, 2, 2, 1, 3, 4])))).toBe(true);
    expect(isSkewed(answerPositionStats(bank([2, 2, 2, 2, 1, 1, 3, 4])))).toBe(false);
    expect(isSkewed(answerPositionStats(bank([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4])))).toBe(false);
  });

  it("warns on a large bank that never uses a position, though no position holds half", () => {
    const stats = answerPositionStats(bank([...Array(14).fill(1), ...Array(14).fill(2), ...Array(14).fill(3)]));
    expect(stats.maxShare).toBeLessThan(0.5);
    expect(stats.chiSquare).toBeGreaterThan(11.34);
    expect(isSkewed(stats)).toBe(true);
  });

  it("does not judge a bank of fewer than eight mcqs, or count other types", () => {
    expect(isSkewed(answerPositionStats(bank([1, 1, 1, 1, 1, 1, 1])))).toBe(false);
    const trueFalse = { ...mcq(1), type: "true_false", answer: true } as unknown as NormalizedQuestion;
    expect(answerPositionStats([...bank([1, 2, 3, 4]), trueFalse]).mcqs).toBe(4);
  });

  it("expects fewer answers at position 4 and later per question when a question has more options", () => {
    const stats = answerPositionStats([mcq(5, 5), mcq(1, 6)]);
    expect(stats.observed).toEqual([1, 0, 0, 1]);
    expect(stats.expected.map((e) => Number(e.toFixed(3)))).toEqual([0.367, 0.367, 0.367, 0.9]);
  });

  it("warns once per skewed bank file, on line 1", () => {
    const entries = [
      ...bank([1, 1, 1, 1, 1, 1, 1, 1]).map((question) => ({ file: "a.yaml", question })),
      ...bank([1, 2, 3, 4, 1, 2, 3, 4]).map((question) => ({ file: "b.yaml", question })),
    ];
    expect(checkAnswerPositions(entries)).toEqual([{ file: "a.yaml", line: 1, message: expect.stringContaining("position 1: 8, 2: 0, 3: 0, 4+: 0 of 8 mcqs") }]);
  });
});
