import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters, get_fuzz_range } from "ts-fsrs";
import { DEFAULT_SETTINGS, fromFsrsCard, pickBalancedInterval, previewIntervals, retrievabilityAt, scheduleRating, selectForExam, type SchedulerSettings, type StoredCard } from "@/lib/srs/scheduler";

const NOW = new Date("2026-11-29T12:00:00Z");
const S: SchedulerSettings = { ...DEFAULT_SETTINGS, params: null };
const DAY = 86_400_000;

/** A card in review state, last reviewed `ago` days before NOW, with the given stability. */
function reviewCard(stability: number, ago: number): StoredCard {
  const last = new Date(NOW.getTime() - ago * DAY);
  return { due: NOW, stability, difficulty: 5, elapsedDays: 0, scheduledDays: ago, learningSteps: 0, reps: 5, lapses: 0, state: 2, lastReview: last };
}

describe("intervals", () => {
  it("a new card's buttons show the learning steps (1m, 10m) and Easy in days", () => {
    const card = fromFsrsCard(createEmptyCard(NOW));
    expect(previewIntervals(card, NOW, S)).toEqual({ 1: "1m", 2: "6m", 3: "10m", 4: expect.stringMatching(/^\d+d$/) });
  });

  it("steps and maximum interval follow the class's settings", () => {
    const card = fromFsrsCard(createEmptyCard(NOW));
    expect(previewIntervals(card, NOW, { ...S, learningSteps: ["5m"] })[1]).toBe("5m");
    const long = reviewCard(400, 300);
    const capped = scheduleRating(long, NOW, 4, { ...S, maximumInterval: 30 }, { fuzz: false });
    expect(capped.after.scheduledDays).toBe(30);
  });

  it("equals ts-fsrs applied directly when fuzz is off", () => {
    const card = reviewCard(10, 10);
    const f = fsrs(generatorParameters({ enable_fuzz: false, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }));
    const direct = f.next({ ...createEmptyCard(NOW), due: card.due, stability: 10, difficulty: 5, scheduled_days: 10, reps: 5, state: 2, last_review: card.lastReview!, learning_steps: 0 }, NOW, 3).card;
    expect(scheduleRating(card, NOW, 3, S, { fuzz: false }).after).toEqual(fromFsrsCard(direct));
  });
});

describe("load balancing", () => {
  it("offers ts-fsrs's own fuzz range for a review interval", () => {
    const card = reviewCard(20, 20);
    const { window, after } = scheduleRating(card, NOW, 3, S);
    const plain = scheduleRating(card, NOW, 3, S, { fuzz: false }).after.scheduledDays;
    const range = get_fuzz_range(plain, 20, S.maximumInterval);
    expect(window).toEqual({ minIvl: range.min_ivl, maxIvl: range.max_ivl });
    expect(after.scheduledDays).toBeGreaterThanOrEqual(range.min_ivl);
    expect(after.scheduledDays).toBeLessThanOrEqual(range.max_ivl);
  });

  it("no window for learning steps or short intervals", () => {
    expect(scheduleRating(fromFsrsCard(createEmptyCard(NOW)), NOW, 3, S).window).toBeNull();
  });

  it("picks the least-loaded day in the range; ties keep the fuzzed day, then the nearest to it", () => {
    const load = new Map([[10, 5], [11, 2], [12, 7], [13, 2], [14, 9]]);
    expect(pickBalancedInterval({ minIvl: 10, maxIvl: 14, fuzzed: 12, load })).toBe(11);
    expect(pickBalancedInterval({ minIvl: 10, maxIvl: 14, fuzzed: 13, load })).toBe(13);
    expect(pickBalancedInterval({ minIvl: 10, maxIvl: 14, fuzzed: 12, load: new Map() })).toBe(12);
    expect(pickBalancedInterval({ minIvl: 10, maxIvl: 12, fuzzed: 11, load: new Map([[11, 1]]) })).toBe(10);
  });
});

describe("exam-aware selection", () => {
  const exam = new Date(NOW.getTime() + 14 * DAY);
  it("keeps the cards whose predicted recall at the due date is below the target, weakest first; new cards are left to the queue", () => {
    const weak = { id: "weak", card: reviewCard(2, 1), dueAt: exam, settings: S };
    const middling = { id: "mid", card: reviewCard(12, 1), dueAt: exam, settings: S };
    const strong = { id: "strong", card: reviewCard(400, 1), dueAt: exam, settings: S };
    const fresh = { id: "new", card: fromFsrsCard(createEmptyCard(NOW)), dueAt: exam, settings: S };
    expect(retrievabilityAt(strong.card, exam, S)).toBeGreaterThan(0.9);
    expect(selectForExam([strong, middling, fresh, weak]).map((x) => x.id)).toEqual(["weak", "mid"]);
  });

  it("a higher desired retention selects more", () => {
    const card = reviewCard(60, 1);
    const r = retrievabilityAt(card, exam, S);
    expect(selectForExam([{ card, dueAt: exam, settings: { ...S, desiredRetention: r - 0.01 } }])).toHaveLength(0);
    expect(selectForExam([{ card, dueAt: exam, settings: { ...S, desiredRetention: r + 0.01 } }])).toHaveLength(1);
  });
});
