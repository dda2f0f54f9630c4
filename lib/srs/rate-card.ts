// Rating a card: the hot path (docs/decisions/009-flashcards.md, "Speed"). One read (card, settings and session check
// together), ts-fsrs in memory, load balancing when the fuzz leaves a choice (one more small read), then ONE
// statement that updates the card only at the version the student saw and writes its log with the client's
// idempotency key: a double click, a retry or a second tab never schedules twice.
import type pg from "pg";
import { AppError } from "@/lib/errors";
import { loadCardContext, type CardContext } from "./card-context";
import { srsPool } from "./pool";
import { pickBalancedInterval, scheduleRating, withInterval, type StoredCard } from "./scheduler";
import { studyDay } from "./study-day";
import type { RateResult, Rating } from "./types";

const DAY_MS = 86_400_000;

/** A card as stored in a review log (undo restores it field for field). */
export type CardSnapshot = Omit<StoredCard, "due" | "lastReview"> & { due: string; lastReview: string | null; version: number };

export function toSnapshot(card: StoredCard, version: number): CardSnapshot {
  return { ...card, due: card.due.toISOString(), lastReview: card.lastReview?.toISOString() ?? null, version };
}

const ALREADY_REVIEWED = "This card was already reviewed (in another tab or by a double click). The next card is loaded.";

const RATE_SQL = `
  WITH upd AS (
    UPDATE "Card" SET due = $4, stability = $5, difficulty = $6, "elapsedDays" = $7, "scheduledDays" = $8,
      "learningSteps" = $9, reps = $10, lapses = $11, state = $12, "lastReview" = $13, version = version + 1
    WHERE id = $1 AND "studentId" = $2 AND version = $3
    RETURNING id, version, due, "classId"
  ), ins AS (
    INSERT INTO "ReviewLog" (id, "cardId", "studentId", "classId", "questionVersionId", rating, "reviewedAt",
      "elapsedDays", "stateBefore", "stateAfter", "cardBefore", "cardAfter", "durationMs", "idempotencyKey")
    SELECT gen_random_uuid()::text, upd.id, $2, upd."classId", $14, $15::smallint, $16::timestamp, $17::int,
      $18::smallint, $12::smallint, $19::jsonb, $20::jsonb, $21::int, $22
    FROM upd
    RETURNING id
  )
  SELECT upd.version, ins.id AS "reviewLogId" FROM upd, ins`;

/** Days from the start of today's study day → cards of the student already due that day, for the fuzz window. */
async function dueLoad(pool: pg.Pool, studentId: string, dayStart: Date, minIvl: number, maxIvl: number): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ d: number; n: number }>({
    name: "srs-due-load",
    text: `SELECT floor(extract(epoch FROM (due - $2::timestamp)) / 86400)::int AS d, count(*)::int AS n
     FROM "Card" WHERE "studentId" = $1 AND due >= $3::timestamp AND due < $4::timestamp GROUP BY 1`,
    values: [studentId, dayStart.toISOString(), new Date(dayStart.getTime() + minIvl * DAY_MS).toISOString(), new Date(dayStart.getTime() + (maxIvl + 1) * DAY_MS).toISOString()],
  });
  return new Map(rows.map((r) => [r.d, r.n]));
}

/** The next state of the card for this rating, load-balanced (exported for the replay test and the benchmark). */
export async function nextCardState(pool: pg.Pool, ctx: CardContext, studentId: string, rating: Rating, now: Date, fuzz: boolean) {
  const scheduled = scheduleRating(ctx.card, now, rating, ctx.settings, { fuzz });
  if (!scheduled.window) return scheduled;
  const { start } = studyDay(now, ctx.timeZone, ctx.dayStartHour);
  const load = await dueLoad(pool, studentId, start, scheduled.window.minIvl, scheduled.window.maxIvl);
  const days = pickBalancedInterval({ ...scheduled.window, fuzzed: scheduled.after.scheduledDays, load });
  return { ...scheduled, after: withInterval(scheduled.after, now, days) };
}

/** What a repeat of an idempotency key gets: the first result, or a conflict when the key is not this card's. */
async function replayKey(pool: pg.Pool, { idempotencyKey, studentId, cardId }: { idempotencyKey: string; studentId: string; cardId: string }): Promise<RateResult> {
  const { rows } = await pool.query<{ id: string; cardId: string; studentId: string; cardAfter: CardSnapshot }>(
    `SELECT id, "cardId", "studentId", "cardAfter" FROM "ReviewLog" WHERE "idempotencyKey" = $1`,
    [idempotencyKey],
  );
  const log = rows[0];
  if (log && log.studentId === studentId && log.cardId === cardId) {
    return { cardId, version: log.cardAfter.version, nextDue: log.cardAfter.due, reviewLogId: log.id };
  }
  throw new AppError("CONFLICT", ALREADY_REVIEWED);
}

function isKeyViolation(e: unknown) {
  return (e as { code?: string; constraint?: string }).code === "23505";
}

export async function rateCard({ pool = srsPool(), studentId, sessionVersion, cardId, rating, expectedVersion, idempotencyKey, durationMs, now, fuzz = true }: {
  pool?: pg.Pool; studentId: string; sessionVersion: number; cardId: string; rating: Rating; expectedVersion: number;
  idempotencyKey: string; durationMs: number; now: Date; fuzz?: boolean;
}): Promise<RateResult> {
  const ctx = await loadCardContext(pool, { cardId, studentId, sessionVersion });
  if (ctx.card.version !== expectedVersion) return replayKey(pool, { idempotencyKey, studentId, cardId });
  const { after, elapsedDays } = await nextCardState(pool, ctx, studentId, rating, now, fuzz);
  const before = ctx.card;
  let rows: { version: number; reviewLogId: string }[];
  try {
    ({ rows } = await pool.query({ name: "srs-rate", text: RATE_SQL, values: [
      cardId, studentId, expectedVersion,
      after.due.toISOString(), after.stability, after.difficulty, after.elapsedDays, after.scheduledDays, after.learningSteps,
      after.reps, after.lapses, after.state, after.lastReview?.toISOString() ?? null,
      ctx.questionVersionId, rating, now.toISOString(), elapsedDays, before.state,
      JSON.stringify(toSnapshot(before, before.version)), JSON.stringify(toSnapshot(after, before.version + 1)),
      Math.round(durationMs), idempotencyKey,
    ] }));
  } catch (e) {
    // The key was used already: the whole statement rolled back, so the card is untouched.
    if (isKeyViolation(e)) return replayKey(pool, { idempotencyKey, studentId, cardId });
    throw e;
  }
  if (!rows[0]) return replayKey(pool, { idempotencyKey, studentId, cardId }); // another rating won the version
  return { cardId, version: rows[0].version, nextDue: after.due.toISOString(), reviewLogId: rows[0].reviewLogId };
}
