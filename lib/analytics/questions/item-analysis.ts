// Item analysis of a quiz, computed as Moodle's quiz statistics report computes it. Source for every formula below:
// "Quiz statistics calculations", https://docs.moodle.org/dev/Quiz_statistics_calculations, as implemented in
// question/classes/statistics/questions/calculator.php (per question) and
// mod/quiz/report/statistics/classes/calculator.php (per quiz) of Moodle 4.x.
//
// Notation (Moodle's): S attempts, P questions (slots); x_i(s) is attempt s's mark on question i; T(s) = Σ_i x_i(s)
// its total; X_i(s) = T(s) − x_i(s) the rest of the test. Variances and covariances divide by S − 1:
//   V(x) = Σ (x − x̄)² / (S − 1),   C(x, y) = Σ (x − x̄)(y − ȳ) / (S − 1).
// Moodle prints facility, SD, discrimination, efficiency, CIC and error ratio ×100 as percentages; we return the same
// numbers as fractions (Moodle's value ÷ 100), so "facility below 0.2" reads as Moodle's "below 20%".
// A question the attempt did not answer counts its mark, 0 — Moodle uses the mark of the question's last step.
// Pure: the caller picks the attempts (first attempts by default, as Moodle recommends) and passes their marks.

export type ItemSlot = { maxMark: number; minMark?: number };
export type ItemStats = {
  count: number;
  meanMark: number;
  /** V(x_i), in marks²; null below 2 attempts */
  variance: number | null;
  /** F_i = (x̄_i − x_i(min)) / (x_i(max) − x_i(min)) */
  facility: number | null;
  /** SD_i = √V(x_i) / (x_i(max) − x_i(min)); null below 2 attempts */
  sd: number | null;
  /** D_i = r(x_i, X_i) = C(x_i, X_i) / √(V(x_i) V(X_i)); null when either variance is 0 */
  discriminationIndex: number | null;
  /** DE_i = C(x_i, X_i) / C_max(x_i, X_i); null when C_max is 0 */
  discriminativeEfficiency: number | null;
};
export type QuizStats = {
  count: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  skewness: number | null;
  kurtosis: number | null;
  /** Coefficient of internal consistency (Cronbach's α) */
  cic: number | null;
  errorRatio: number | null;
  standardError: number | null;
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const average = (values: number[]) => sum(values) / values.length;

/** C(x, y) with the S − 1 divisor; V(x) = C(x, x). */
export function computeCovariance({ xs, ys }: { xs: number[]; ys: number[] }): number | null {
  if (xs.length < 2) return null;
  const mx = average(xs);
  const my = average(ys);
  return sum(xs.map((x, s) => (x - mx) * (ys[s] - my))) / (xs.length - 1);
}

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

/**
 * One question. C_max is the covariance the question would have if its marks were in the same order as the rest of
 * the test: both lists sorted ascending and paired rank by rank (Moodle's covariancemax), so DE_i = 1 means the
 * question separates students as well as its spread of marks allows.
 */
export function analyseItem({ marks, rest, slot }: { marks: number[]; rest: number[]; slot: ItemSlot }): ItemStats {
  const range = slot.maxMark - (slot.minMark ?? 0);
  const meanMark = marks.length ? average(marks) : 0;
  const variance = computeCovariance({ xs: marks, ys: marks });
  const restVariance = computeCovariance({ xs: rest, ys: rest });
  const covariance = computeCovariance({ xs: marks, ys: rest });
  const covarianceMax = computeCovariance({ xs: ascending(marks), ys: ascending(rest) });
  const product = (variance ?? 0) * (restVariance ?? 0);
  return {
    count: marks.length,
    meanMark,
    variance,
    facility: range > 0 && marks.length ? (meanMark - (slot.minMark ?? 0)) / range : null,
    sd: variance !== null && range > 0 ? Math.sqrt(variance) / range : null,
    discriminationIndex: product > 0 ? covariance! / Math.sqrt(product) : null,
    discriminativeEfficiency: covarianceMax ? covariance! / covarianceMax : null,
  };
}

/** Middle total, or the mean of the two middle totals (Moodle's median). */
export function findMedian({ values }: { values: number[] }): number | null {
  if (values.length === 0) return null;
  const sorted = ascending(values);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Shape of the totals from the sample cumulants: with m_n = Σ (T − T̄)ⁿ / S,
 *   k2 = S m2 / (S−1),  k3 = S² m3 / ((S−1)(S−2)),  k4 = S² ((S+1) m4 − 3 (S−1) m2²) / ((S−1)(S−2)(S−3));
 *   skewness = k3 / k2^(3/2) (S > 2),  kurtosis = k4 / k2² (S > 3)  — excess kurtosis, 0 for a normal curve.
 */
function describeShape(totals: number[]): { k2: number; skewness: number | null; kurtosis: number | null } {
  const s = totals.length;
  const mean = average(totals);
  const moment = (n: number) => sum(totals.map((t) => (t - mean) ** n)) / s;
  const [m2, m3, m4] = [moment(2), moment(3), moment(4)];
  const k2 = (s * m2) / (s - 1);
  if (s < 3 || k2 === 0) return { k2, skewness: null, kurtosis: null };
  const k3 = (s * s * m3) / ((s - 1) * (s - 2));
  const k4 = s > 3 ? (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3)) : null;
  return { k2, skewness: k3 / k2 ** 1.5, kurtosis: k4 === null ? null : k4 / (k2 * k2) };
}

/**
 * Whole quiz. SD = √k2 (= √V(T)). Coefficient of internal consistency, Cronbach's α:
 *   CIC = P / (P − 1) · (1 − Σ_i V(x_i) / V(T));
 * error ratio ER = √(1 − CIC): the share of the SD that is measurement error; standard error SE = ER · SD, in marks.
 * As in Moodle, CIC, ER and SE need P > 1, S > 2 and V(T) > 0.
 */
export function analyseQuiz(input: { totals: number[]; itemVariances: number[] }): QuizStats {
  const { totals, itemVariances } = input;
  const s = totals.length;
  const empty = { skewness: null, kurtosis: null, cic: null, errorRatio: null, standardError: null };
  if (s === 0) return { count: 0, mean: null, median: null, sd: null, ...empty };
  const base = { count: s, mean: average(totals), median: findMedian({ values: totals }) };
  if (s < 2) return { ...base, sd: null, ...empty };
  const { k2, skewness, kurtosis } = describeShape(totals);
  const sd = Math.sqrt(k2);
  const p = itemVariances.length;
  if (skewness === null || p < 2) return { ...base, sd, ...empty, skewness, kurtosis };
  const cic = (p / (p - 1)) * (1 - sum(itemVariances) / k2);
  const errorRatio = Math.sqrt(1 - cic);
  return { ...base, sd, skewness, kurtosis, cic, errorRatio, standardError: errorRatio * sd };
}

/** marks[s][i]: attempt s's mark on slot i (0 when unanswered). */
export function analyseAttempts({ slots, marks }: { slots: ItemSlot[]; marks: number[][] }) {
  const totals = marks.map((row) => sum(row));
  const items = slots.map((slot, i) => {
    const column = marks.map((row) => row[i]);
    const rest = marks.map((row, s) => totals[s] - row[i]);
    return analyseItem({ marks: column, rest, slot });
  });
  return { items, quiz: analyseQuiz({ totals, itemVariances: items.map((item) => item.variance ?? 0) }) };
}

/**
 * Which attempts to analyse: each student's first (Moodle's default, as later attempts build on earlier ones and
 * break the statistics' assumptions) or all of them, each treated as if by a different student.
 */
export function pickAttempts<A extends { studentId: string; startedAt: Date }>(input: {
  attempts: A[];
  which: "first" | "all";
}): A[] {
  if (input.which === "all") return input.attempts;
  const first = new Map<string, A>();
  for (const attempt of input.attempts) {
    const seen = first.get(attempt.studentId);
    if (!seen || attempt.startedAt < seen.startedAt) first.set(attempt.studentId, attempt);
  }
  return [...first.values()];
}

export type DistractorCount = { option: string; isAnswer: boolean; count: number; share: number };

/**
 * How often each option of a multiple-choice question was chosen, as a share of the attempts analysed, plus the
 * attempts that left it blank. `responses` are the marker's normalised responses (the option's own text when the
 * response named an option), so an answer that named no option counts as `other`.
 */
export function countDistractors(input: { options: string[]; answer: string; responses: (string | null)[] }) {
  const { options, answer, responses } = input;
  const counts = new Map(options.map((option) => [option, 0]));
  let unanswered = 0;
  let other = 0;
  for (const response of responses) {
    if (response === null || response === "") unanswered++;
    else if (counts.has(response)) counts.set(response, counts.get(response)! + 1);
    else other++;
  }
  const share = (count: number) => (responses.length ? count / responses.length : 0);
  const choices: DistractorCount[] = options.map((option) => {
    const count = counts.get(option)!;
    return { option, isAnswer: option === answer, count, share: share(count) };
  });
  return { choices, unanswered, other };
}
