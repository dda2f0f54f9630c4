// From the marks of a quiz's attempts (one row per attempt item, as item-analysis-queries fetches them) to Moodle's
// statistics per question and per quiz, the score distribution and the average time per question. Pure.
import { analyseItem, analyseQuiz, computeCovariance, pickAttempts, type ItemStats, type QuizStats } from "./item-analysis";

export type MarkRow = {
  attemptId: string;
  studentId: string;
  startedAt: Date;
  questionId: string;
  /** The item's column in the quiz: its slot, and for a pool drawn several times the draw's rank (see below). */
  column: string;
  /** The slot's position in the quiz (QuizSlot.position), for display; the item's own position when it has no slot. */
  slotPosition: number;
  /** Points the item is worth, and what it earned (override, else points × fraction; ungraded = 0). */
  points: number;
  mark: number;
  response: unknown;
  /** Seconds from the attempt's previous save (or its start) to this item's last save; null when never saved. */
  seconds: number | null;
};

/**
 * Seconds per saved item of one attempt: from the previous save (or the start) to its last save. Items saved at the
 * same instant (a submit that saves every page at once) share that interval equally rather than one taking it all.
 */
function secondsPerItem<R extends { startedAt: Date; savedAt: Date | null }>(items: R[]): Map<R, number> {
  const saved = items.filter((r) => r.savedAt).sort((a, b) => a.savedAt!.getTime() - b.savedAt!.getTime());
  const seconds = new Map<R, number>();
  let previous = items[0]?.startedAt.getTime() ?? 0;
  for (let i = 0; i < saved.length; ) {
    const at = saved[i].savedAt!.getTime();
    let j = i;
    while (j < saved.length && saved[j].savedAt!.getTime() === at) j++;
    for (let k = i; k < j; k++) seconds.set(saved[k], (at - previous) / 1000 / (j - i));
    previous = at;
    i = j;
  }
  return seconds;
}

/**
 * From one attempt's items as stored to MarkRows: the column is the slot (ranked by position within the slot, for a
 * pool drawn several times); seconds are from the attempt's previous save (or its start) to this item's last save —
 * docs/decisions/013-item-analysis.md says why this and not the attempt's duration divided by its questions.
 */
export function toMarkRows<R extends Omit<MarkRow, "column" | "seconds" | "slotPosition">>(
  raw: (R & { slotId: string | null; position: number; slotPosition: number | null; savedAt: Date | null })[],
): (R & MarkRow)[] {
  const out: (R & MarkRow)[] = [];
  for (const items of groupBy(raw, (r) => r.attemptId).values()) {
    const rank = new Map<string, number>();
    const byPosition = [...items].sort((a, b) => a.position - b.position);
    const seconds = secondsPerItem(items);
    for (const r of byPosition) {
      const slot = r.slotId ?? `q:${r.questionId}`;
      rank.set(slot, (rank.get(slot) ?? 0) + 1);
      const { slotId: _s, position: _p, savedAt: _v, ...rest } = r;
      out.push({ ...(rest as unknown as R), column: `${slot}:${rank.get(slot)}`, slotPosition: r.slotPosition ?? r.position, seconds: seconds.get(r) ?? null });
    }
  }
  return out;
}

export type QuestionItemStats = ItemStats & {
  questionId: string;
  slotPosition: number;
  maxMark: number;
  averageSeconds: number | null;
  responses: unknown[];
};

export type ScoreBin = { label: string; from: number; to: number; count: number };

const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Per question over the attempts that contained it (a pool draws different questions into different attempts, as
 * Moodle's "sub-question" statistics do): x = its mark, X = that attempt's total minus it. For a quiz of fixed
 * questions every attempt contains every question, so this is exactly Moodle's per-slot statistic.
 */
function analyseQuestions(rows: MarkRow[], totals: Map<string, number>): QuestionItemStats[] {
  return [...groupBy(rows, (r) => r.questionId)].map(([questionId, items]) => {
    const maxMark = Math.max(...items.map((r) => r.points));
    const stats = analyseItem({
      marks: items.map((r) => r.mark),
      rest: items.map((r) => totals.get(r.attemptId)! - r.mark),
      slot: { maxMark },
    });
    const timed = items.flatMap((r) => (r.seconds === null ? [] : [r.seconds]));
    return {
      ...stats,
      questionId,
      slotPosition: Math.min(...items.map((r) => r.slotPosition)),
      maxMark,
      averageSeconds: timed.length ? sum(timed) / timed.length : null,
      responses: items.map((r) => r.response),
    };
  }).sort((a, b) => a.slotPosition - b.slotPosition || a.questionId.localeCompare(b.questionId));
}

/** Whole quiz over its columns (slots): an attempt missing a column scores 0 there, as an unanswered question does.
 * Only the columns' variances are needed (α), so analyseQuiz is fed directly rather than analysing each column. */
function analyseWholeQuiz(rows: MarkRow[], attemptIds: string[]): QuizStats {
  const columns = [...new Set(rows.map((r) => r.column))];
  const index = new Map(columns.map((c, i) => [c, i]));
  const attemptIndex = new Map(attemptIds.map((id, s) => [id, s]));
  const marks = columns.map(() => new Array<number>(attemptIds.length).fill(0));
  const totals = new Array<number>(attemptIds.length).fill(0);
  for (const r of rows) {
    const s = attemptIndex.get(r.attemptId)!;
    marks[index.get(r.column)!][s] += r.mark;
    totals[s] += r.mark;
  }
  const itemVariances = marks.map((xs) => computeCovariance({ xs, ys: xs }) ?? 0);
  return analyseQuiz({ totals, itemVariances });
}

/** Ten bins of the attempt's score as a share of its maximum: [0, 10%), …, [90%, 100%]. */
export function binScores({ shares }: { shares: number[] }): ScoreBin[] {
  const bins: ScoreBin[] = Array.from({ length: 10 }, (_, i) => ({ label: `${i * 10}–${i * 10 + 10}%`, from: i / 10, to: (i + 1) / 10, count: 0 }));
  for (const share of shares) bins[Math.min(9, Math.max(0, Math.floor(share * 10 + 1e-9)))].count++;
  return bins;
}

export function computeQuizItemStats({ rows, which }: { rows: MarkRow[]; which: "first" | "all" }) {
  const attempts = pickAttempts({ attempts: [...new Map(rows.map((r) => [r.attemptId, r])).values()], which });
  const kept = new Set(attempts.map((a) => a.attemptId));
  const picked = rows.filter((r) => kept.has(r.attemptId));
  const byAttempt = groupBy(picked, (r) => r.attemptId);
  const totals = new Map([...byAttempt].map(([id, items]) => [id, sum(items.map((r) => r.mark))]));
  const shares = [...byAttempt].map(([id, items]) => {
    const max = sum(items.map((r) => r.points));
    return max > 0 ? totals.get(id)! / max : 0;
  });
  return {
    attempts: kept.size,
    questions: analyseQuestions(picked, totals),
    quiz: analyseWholeQuiz(picked, [...kept]),
    distribution: binScores({ shares }),
  };
}
