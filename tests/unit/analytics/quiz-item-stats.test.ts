import { describe, expect, it } from "vitest";
import { analyseItem } from "@/lib/analytics/questions/item-analysis";
import { binScores, computeQuizItemStats, toMarkRows, type MarkRow } from "@/lib/analytics/questions/quiz-item-stats";

const start = new Date(Date.UTC(2026, 10, 2, 9, 0));
const plus = (s: number) => new Date(start.getTime() + s * 1000);
type Raw = Parameters<typeof toMarkRows>[0][number];
const raw = (r: Partial<Raw> & Pick<Raw, "attemptId" | "questionId" | "position">): Raw => ({
  studentId: r.attemptId, startedAt: start, slotId: null, slotPosition: null, points: 1, mark: 0, response: null, savedAt: null, ...r,
});

describe("toMarkRows", () => {
  it("ranks a pool's draws within their slot and times each item from the previous save", () => {
    const rows = toMarkRows([
      raw({ attemptId: "a", questionId: "p1", position: 2, slotId: "pool", slotPosition: 2, savedAt: plus(95) }),
      raw({ attemptId: "a", questionId: "f1", position: 1, slotId: "fixed", slotPosition: 1, savedAt: plus(30) }),
      raw({ attemptId: "a", questionId: "p2", position: 3, slotId: "pool", slotPosition: 2, savedAt: plus(50) }),
      raw({ attemptId: "a", questionId: "x", position: 4 }),
    ]);
    expect(rows.map((r) => [r.questionId, r.column, r.slotPosition, r.seconds])).toEqual([
      ["f1", "fixed:1", 1, 30], // saved first: 30 s after the start
      ["p1", "pool:1", 2, 45], // saved third: 95 − 50
      ["p2", "pool:2", 2, 20], // saved second: 50 − 30
      ["x", "q:x:1", 4, null], // never saved
    ]);
  });

  it("shares the interval between items saved at the same instant", () => {
    const rows = toMarkRows([
      raw({ attemptId: "a", questionId: "q1", position: 1, savedAt: plus(60) }),
      raw({ attemptId: "a", questionId: "q2", position: 2, savedAt: plus(90) }),
      raw({ attemptId: "a", questionId: "q3", position: 3, savedAt: plus(90) }),
      raw({ attemptId: "a", questionId: "q4", position: 4, savedAt: plus(90) }),
    ]);
    expect(rows.map((r) => r.seconds)).toEqual([60, 10, 10, 10]);
  });
});

describe("computeQuizItemStats", () => {
  const row = (attemptId: string, questionId: string, column: string, mark: number): MarkRow => ({
    attemptId, studentId: attemptId, startedAt: start, questionId, column, slotPosition: column === "s1" ? 1 : 2, points: 1, mark, response: null, seconds: null,
  });

  it("analyses a pool's question over the attempts that drew it, against their rest of the test", () => {
    // slot s1 fixed (q), slot s2 a pool drawing r or t
    const rows = [
      row("a", "q", "s1", 1), row("a", "r", "s2", 1),
      row("b", "q", "s1", 0), row("b", "r", "s2", 0),
      row("c", "q", "s1", 1), row("c", "t", "s2", 0),
      row("d", "q", "s1", 1), row("d", "r", "s2", 1),
    ];
    const { questions, quiz, attempts } = computeQuizItemStats({ rows, which: "all" });
    expect(attempts).toBe(4);
    const r = questions.find((q) => q.questionId === "r")!;
    expect(r).toMatchObject(analyseItem({ marks: [1, 0, 1], rest: [1, 0, 1], slot: { maxMark: 1 } }));
    expect(r.count).toBe(3);
    expect(questions.map((q) => q.questionId)).toEqual(["q", "r", "t"]);
    expect(quiz.mean).toBe(1.25); // totals 2, 0, 1, 2
  });

  it("bins scores by tenths of the maximum, 100% in the top bin", () => {
    expect(binScores({ shares: [0, 0.05, 0.1, 0.7, 0.3 + 0.4, 1] }).map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 0, 0, 2, 0, 1]);
  });
});
