// The order of a study session (Anki's, plus due dates): learning and relearning cards due now, then reviews due
// before the study day ends, then new cards up to each class's daily limit, those of readings with an upcoming due
// date first (soonest first). Pure: `now` and the day's end are passed in.
import { State } from "ts-fsrs";

export type QueueCandidate = {
  cardId: string;
  state: number;
  due: Date;
  /** The class whose settings (and new-card limit) apply. */
  classId: string | null;
  /** The soonest upcoming due date among the card's assigned readings, if any. */
  readingDueAt: Date | null;
  /** Stable order of new cards within a reading (the question id). */
  position: string;
};

export type OrderedQueue<C> = { cards: C[]; remaining: { learning: number; review: number; new: number } };

export function orderQueue<C extends QueueCandidate>({ candidates, now, dayEnd, newLeftByClass }: {
  candidates: C[];
  now: Date;
  dayEnd: Date;
  /** New cards each class may still introduce today (limit minus those introduced since the day began). */
  newLeftByClass: Map<string | null, number>;
}): OrderedQueue<C> {
  const byDue = (a: C, b: C) => a.due.getTime() - b.due.getTime() || a.cardId.localeCompare(b.cardId);
  const learning = candidates.filter((c) => (c.state === State.Learning || c.state === State.Relearning) && c.due <= now).sort(byDue);
  const review = candidates.filter((c) => c.state === State.Review && c.due < dayEnd).sort(byDue);
  const upcoming = (c: C) => (c.readingDueAt && c.readingDueAt > now ? c.readingDueAt.getTime() : Infinity);
  const newOnes = candidates
    .filter((c) => c.state === State.New)
    .sort((a, b) => upcoming(a) - upcoming(b) || a.position.localeCompare(b.position));
  const left = new Map(newLeftByClass);
  const fresh: C[] = [];
  for (const c of newOnes) {
    const n = left.get(c.classId) ?? 0;
    if (n <= 0) continue;
    left.set(c.classId, n - 1);
    fresh.push(c);
  }
  return { cards: [...learning, ...review, ...fresh], remaining: { learning: learning.length, review: review.length, new: fresh.length } };
}
