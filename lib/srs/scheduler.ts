// Scheduling wraps ts-fsrs 5.4 (FSRS-6) and never re-implements it. Added on top, as Anki does since 24.11: load
// balancing inside ts-fsrs's own fuzz range. Pure: no database, `now` always passed in.
import { fsrs, generatorParameters, get_fuzz_range, State, type Card as FsrsCard, type FSRS, type Grade, type StepUnit } from "ts-fsrs";
import type { CardStateName, Rating } from "./types";

export type SchedulerSettings = {
  desiredRetention: number;
  maximumInterval: number;
  learningSteps: string[];
  relearningSteps: string[];
  /** Fitted FSRS parameters (21 numbers); null: ts-fsrs defaults. */
  params: number[] | null;
};

export const DEFAULT_SETTINGS = {
  desiredRetention: 0.9,
  newPerDay: 20,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
  maximumInterval: 36500,
  dayStartHour: 4,
};

/** The card as stored (camelCase columns of "Card"). */
export type StoredCard = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export const STATE_NAMES: CardStateName[] = ["new", "learning", "review", "relearning"];

const schedulers = new Map<string, FSRS>();

/** One ts-fsrs instance per distinct settings (they are immutable; building one per request would be waste). */
export function createScheduler(s: SchedulerSettings, { fuzz = true }: { fuzz?: boolean } = {}): FSRS {
  const key = JSON.stringify([s, fuzz]);
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs(
      generatorParameters({
        request_retention: s.desiredRetention,
        maximum_interval: s.maximumInterval,
        enable_fuzz: fuzz,
        enable_short_term: true,
        learning_steps: s.learningSteps as StepUnit[],
        relearning_steps: s.relearningSteps as StepUnit[],
        ...(s.params ? { w: s.params } : {}),
      }),
    );
    if (schedulers.size > 500) schedulers.clear();
    schedulers.set(key, f);
  }
  return f;
}

export function toFsrsCard(c: StoredCard): FsrsCard {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    ...(c.lastReview ? { last_review: c.lastReview } : {}),
  };
}

export function fromFsrsCard(c: FsrsCard): StoredCard {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** "1m", "10m", "3h", "4d", "2.5mo", "1.2y": what a rating button says. */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${+(days / 30).toFixed(1)}mo`;
  return `${+(days / 365).toFixed(1)}y`;
}

/** The next interval of each button, as ts-fsrs (fuzz off: the button shows the centre of the fuzz range). */
export function previewIntervals(card: StoredCard, now: Date, s: SchedulerSettings): Record<Rating, string> {
  const preview = createScheduler(s, { fuzz: false }).repeat(toFsrsCard(card), now);
  const out = {} as Record<Rating, string>;
  for (const r of [1, 2, 3, 4] as Rating[]) out[r] = formatInterval(now, preview[r as Grade].card.due);
  return out;
}

export type ScheduledRating = {
  after: StoredCard;
  /** Whole days since the previous review (ts-fsrs's log). */
  elapsedDays: number;
  /** The days the fuzz allows for a review interval (inclusive), or null when there is no choice to make. */
  window: { minIvl: number; maxIvl: number } | null;
};

/** Applies a rating with ts-fsrs; `window` is where load balancing may move the due day. */
export function scheduleRating(card: StoredCard, now: Date, rating: Rating, s: SchedulerSettings, { fuzz = true } = {}): ScheduledRating {
  const f = createScheduler(s, { fuzz });
  const { card: next, log } = f.next(toFsrsCard(card), now, rating as Grade);
  // ts-fsrs keeps Hard < Good < Easy by adding days, which can pass the maximum interval: the class's cap wins.
  const after = next.scheduled_days > s.maximumInterval ? withInterval(fromFsrsCard(next), now, s.maximumInterval) : fromFsrsCard(next);
  if (!fuzz || next.state !== State.Review || next.scheduled_days < 3) return { after, elapsedDays: log.elapsed_days, window: null };
  // The interval before fuzz, then ts-fsrs's own fuzz range around it.
  const plain = createScheduler(s, { fuzz: false }).next(toFsrsCard(card), now, rating as Grade).card.scheduled_days;
  const { min_ivl, max_ivl } = get_fuzz_range(plain, log.elapsed_days, s.maximumInterval);
  return { after, elapsedDays: log.elapsed_days, window: min_ivl < max_ivl ? { minIvl: min_ivl, maxIvl: max_ivl } : null };
}

/**
 * Load balancing: among the days the fuzz allows, the one with the fewest of the student's cards already due
 * (`load.get(days from now)`); a tie keeps ts-fsrs's fuzzed day if it is among the least loaded, else the nearest.
 */
export function pickBalancedInterval({ minIvl, maxIvl, fuzzed, load }: { minIvl: number; maxIvl: number; fuzzed: number; load: Map<number, number> }): number {
  let best = fuzzed >= minIvl && fuzzed <= maxIvl ? fuzzed : minIvl;
  for (let d = minIvl; d <= maxIvl; d++) {
    const [a, b] = [load.get(d) ?? 0, load.get(best) ?? 0];
    if (a < b || (a === b && Math.abs(d - fuzzed) < Math.abs(best - fuzzed))) best = d;
  }
  return best;
}

/** The card moved to `days` after the review (same time of day), as ts-fsrs would have scheduled that interval. */
export function withInterval(after: StoredCard, now: Date, days: number): StoredCard {
  return { ...after, scheduledDays: days, due: new Date(now.getTime() + days * 86_400_000) };
}

/** Predicted recall at `at` (FSRS retrievability, ts-fsrs forgetting curve); 0 for a card never studied. */
export function retrievabilityAt(card: StoredCard, at: Date, s: SchedulerSettings): number {
  if (card.state === State.New) return 0;
  return createScheduler(s, { fuzz: false }).get_retrievability(toFsrsCard(card), at, false);
}

/**
 * "Study for the due date": the cards whose predicted recall at their reading's due date is below their desired
 * retention, weakest first. Cards never studied are left to the normal queue (new cards of due readings come first).
 */
export function selectForExam<C extends { card: StoredCard; dueAt: Date; settings: SchedulerSettings }>(items: C[]): C[] {
  return items
    .filter((x) => x.card.state !== State.New)
    .map((x) => ({ x, r: retrievabilityAt(x.card, x.dueAt, x.settings) }))
    .filter(({ x, r }) => r < x.settings.desiredRetention)
    .sort((a, b) => a.r - b.r)
    .map(({ x }) => x);
}
