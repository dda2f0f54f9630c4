import { describe, expect, it } from "vitest";
import {
  analyseAttempts,
  analyseItem,
  analyseQuiz,
  countDistractors,
  findMedian,
  pickAttempts,
} from "@/lib/analytics/questions/item-analysis";

// Five students, four one-mark questions; D earned half of question 4 (partial credit).
//
//          q1  q2  q3  q4   | T
//   A       1   1   1   1   | 4
//   B       1   1   1   0   | 3
//   C       1   1   0   1   | 3
//   D       1   0   0  1/2  | 3/2
//   E       0   0   1   0   | 1
//
// By hand (exact fractions; S = 5, so variances and covariances divide by S − 1 = 4). X_i = T − x_i is the rest of
// the test; "sorted" pairs both lists in ascending order for C_max.
//
// q1: x = 1,1,1,1,0, x̄ = 4/5, Σ(x − x̄)² = 4·(1/5)² + (4/5)² = 4/5, V = 1/5.  F = 4/5.  SD = √(1/5).
//     X = 3,2,2,1/2,1, X̄ = 17/10, deviations 13/10, 3/10, 3/10, −6/5, −7/10: Σ² = 19/5, V(X) = 19/20.
//     Σ(x − x̄)(X − X̄) = (1/5)(13/10 + 3/10 + 3/10 − 6/5) + (−4/5)(−7/10) = 7/50 + 28/50 = 7/10, C = 7/40.
//     D = (7/40) / √(1/5 · 19/20) = (7/40) / (√19 / 10) = 7 / (4√19).
//     sorted x = 0,1,1,1,1 with X = 1/2,1,2,2,3: (−4/5)(−6/5) + (1/5)(−7/10 + 3/10 + 3/10 + 13/10) = 24/25 + 6/25 = 6/5,
//     C_max = 3/10, DE = (7/40) / (3/10) = 7/12.
// q2: x = 1,1,1,0,0, x̄ = 3/5, Σ² = 3·(2/5)² + 2·(3/5)² = 6/5, V = 3/10.  F = 3/5.  SD = √(3/10).
//     X = 3,2,2,3/2,1, X̄ = 19/10, deviations 11/10, 1/10, 1/10, −2/5, −9/10: Σ² = 11/5, V(X) = 11/20.
//     Σ = (2/5)(11/10 + 1/10 + 1/10) + (−3/5)(−2/5 − 9/10) = 13/25 + 39/50 = 13/10, C = 13/40.
//     D = (13/40) / √(3/10 · 11/20) = (13/40) / (√66 / 20) = 13 / (2√66).
//     The marks already rise with the rest of the test (sorted pairs are the same pairs): C_max = C, DE = 1.
// q3: x = 1,1,0,0,1, x̄ = 3/5, V = 3/10.  F = 3/5.  SD = √(3/10).
//     X = 3,2,3,3/2,0, X̄ = 19/10, deviations 11/10, 1/10, 11/10, −2/5, −19/10: Σ² = 31/5, V(X) = 31/20.
//     Σ = (2/5)(11/10 + 1/10 − 19/10) + (−3/5)(11/10 − 2/5) = −7/25 − 21/50 = −7/10, C = −7/40 (E's lucky guess).
//     D = (−7/40) / √(3/10 · 31/20) = (−7/40) / (√186 / 20) = −7 / (2√186).
//     sorted x = 0,0,1,1,1 with X = 0,3/2,2,3,3: (−3/5)(−19/10 − 2/5) + (2/5)(1/10 + 11/10 + 11/10) = 69/50 + 46/50 = 23/10,
//     C_max = 23/40, DE = (−7/40) / (23/40) = −7/23.
// q4: x = 1,0,1,1/2,0, x̄ = 1/2, Σ² = 4·(1/2)² + 0 = 1, V = 1/4.  F = 1/2.  SD = 1/2.
//     X = 3,3,2,1,1, X̄ = 2, deviations 1,1,0,−1,−1: Σ² = 4, V(X) = 1.
//     Σ = (1/2)(1) + (−1/2)(1) + (1/2)(0) + 0 + (−1/2)(−1) = 1/2, C = 1/8.  D = (1/8) / √(1/4 · 1) = 1/4.
//     sorted x = 0,0,1/2,1,1 with X = 1,1,2,3,3: (−1/2)(−1)·2 + 0 + (1/2)(1)·2 = 2, C_max = 1/2, DE = 1/4.
// Quiz: T = 4,3,3,3/2,1, T̄ = 5/2, median 3; deviations 3/2, 1/2, 1/2, −1, −3/2.
//     Σd² = 9/4 + 1/4 + 1/4 + 1 + 9/4 = 6,  Σd³ = 27/8 + 1/8 + 1/8 − 1 − 27/8 = −3/4,
//     Σd⁴ = 81/16 + 1/16 + 1/16 + 1 + 81/16 = 45/4;  m2 = 6/5, m3 = −3/20, m4 = 9/4.
//     k2 = 5·(6/5)/4 = 3/2 (= V(T)), SD = √(3/2);  k3 = 25·(−3/20)/(4·3) = −5/16, skewness = (−5/16) / (3/2)^(3/2);
//     k4 = 25·(6·9/4 − 3·4·36/25)/(4·3·2) = 25·(27/2 − 432/25)/24 = (675/2 − 432)/24 = −63/16, kurtosis = (−63/16)/(9/4) = −7/4.
//     Σ V(x_i) = 1/5 + 3/10 + 3/10 + 1/4 = 21/20;  CIC = 4/3 · (1 − (21/20)/(3/2)) = 4/3 · 3/10 = 2/5.
//     ER = √(1 − 2/5) = √(3/5);  SE = ER · SD = √(3/5 · 3/2) = 3/√10.
const half = 1 / 2;
const MARKS = [
  [1, 1, 1, 1],
  [1, 1, 1, 0],
  [1, 1, 0, 1],
  [1, 0, 0, half],
  [0, 0, 1, 0],
];
const SLOTS = [{ maxMark: 1 }, { maxMark: 1 }, { maxMark: 1 }, { maxMark: 1 }];
const close = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 9);

describe("item analysis: the hand-computed 5 × 4 example", () => {
  const { items, quiz } = analyseAttempts({ slots: SLOTS, marks: MARKS });

  it("facility index", () => {
    [4 / 5, 3 / 5, 3 / 5, 1 / 2].forEach((f, i) => close(items[i].facility, f));
  });

  it("standard deviation", () => {
    [Math.sqrt(1 / 5), Math.sqrt(3 / 10), Math.sqrt(3 / 10), 1 / 2].forEach((sd, i) => close(items[i].sd, sd));
  });

  it("discrimination index: correlation with the rest of the test", () => {
    const expected = [7 / (4 * Math.sqrt(19)), 13 / (2 * Math.sqrt(66)), -7 / (2 * Math.sqrt(186)), 1 / 4];
    expected.forEach((d, i) => close(items[i].discriminationIndex, d));
  });

  it("discriminative efficiency", () => {
    [7 / 12, 1, -7 / 23, 1 / 4].forEach((de, i) => close(items[i].discriminativeEfficiency, de));
  });

  it("mean, median, SD, skewness and kurtosis of the totals", () => {
    close(quiz.mean, 5 / 2);
    close(quiz.median, 3);
    close(quiz.sd, Math.sqrt(3 / 2));
    close(quiz.skewness, -5 / 16 / (3 / 2) ** 1.5);
    close(quiz.kurtosis, -7 / 4);
    expect(quiz.count).toBe(5);
  });

  it("Cronbach's alpha (CIC), error ratio and standard error", () => {
    close(quiz.cic, 2 / 5);
    close(quiz.errorRatio, Math.sqrt(3 / 5));
    close(quiz.standardError, 3 / Math.sqrt(10));
  });
});

describe("item analysis: scales and edge cases", () => {
  it("scales facility and SD by the mark range; a two-mark question reads like its one-mark twin", () => {
    const doubled = analyseItem({ marks: [2, 2, 2, 2, 0], rest: [3, 2, 2, half, 1], slot: { maxMark: 2 } });
    close(doubled.facility, 4 / 5);
    close(doubled.sd, Math.sqrt(1 / 5));
    close(doubled.discriminationIndex, 7 / (4 * Math.sqrt(19)));
    const negative = analyseItem({ marks: [1, -1], rest: [1, 0], slot: { maxMark: 1, minMark: -1 } });
    close(negative.facility, 1 / 2);
  });

  it("leaves undefined statistics null instead of dividing by zero", () => {
    const everyoneRight = analyseItem({ marks: [1, 1, 1], rest: [2, 1, 0], slot: { maxMark: 1 } });
    expect(everyoneRight.discriminationIndex).toBeNull();
    expect(everyoneRight.discriminativeEfficiency).toBeNull();
    close(everyoneRight.sd, 0);
    const one = analyseAttempts({ slots: SLOTS, marks: [MARKS[0]] });
    expect(one.items[0].sd).toBeNull();
    expect(one.quiz).toMatchObject({ count: 1, mean: 4, median: 4, sd: null, cic: null });
    expect(analyseQuiz({ totals: [], itemVariances: [] })).toMatchObject({ count: 0, mean: null });
    // two attempts: an SD but, as in Moodle, no skewness and no CIC
    expect(analyseQuiz({ totals: [1, 3], itemVariances: [0.5, 0.5] })).toMatchObject({ sd: Math.sqrt(2), skewness: null, cic: null });
  });

  it("takes the mean of the two middle totals for an even count", () => {
    expect(findMedian({ values: [4, 1, 3, 2] })).toBe(2.5);
    expect(findMedian({ values: [] })).toBeNull();
  });
});

describe("pickAttempts", () => {
  const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 9, m));
  const attempts = [
    { studentId: "a", startedAt: at(30), score: 5 },
    { studentId: "b", startedAt: at(10), score: 2 },
    { studentId: "a", startedAt: at(5), score: 3 },
  ];

  it("keeps each student's first attempt, or all of them", () => {
    expect(pickAttempts({ attempts, which: "first" }).map((a) => a.score).sort()).toEqual([2, 3]);
    expect(pickAttempts({ attempts, which: "all" })).toHaveLength(3);
  });
});

describe("countDistractors", () => {
  it("counts each option, the blanks and answers that named no option, as shares of all attempts", () => {
    const options = ["May 2016", "March 2014", "December 2016", "May 2015"];
    const responses = ["May 2016", "March 2014", "May 2016", null, "June 2016", "May 2016", "", "March 2014"];
    const result = countDistractors({ options, answer: "May 2016", responses });
    expect(result.choices).toEqual([
      { option: "May 2016", isAnswer: true, count: 3, share: 3 / 8 },
      { option: "March 2014", isAnswer: false, count: 2, share: 2 / 8 },
      { option: "December 2016", isAnswer: false, count: 0, share: 0 },
      { option: "May 2015", isAnswer: false, count: 0, share: 0 },
    ]);
    expect(result).toMatchObject({ unanswered: 2, other: 1 });
  });
});
