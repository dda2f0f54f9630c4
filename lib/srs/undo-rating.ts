// Undo restores the card exactly as it was before the rating (from the log's snapshot, not ts-fsrs's `rollback`,
// which cannot recover every field) and removes the log row: the rating never happened. Only the student's latest
// rating of that card can be undone (the card must still be at the version that rating produced).
import { AppError } from "@/lib/errors";
import { srsPool } from "./pool";
import type { CardSnapshot } from "./rate-card";
import type pg from "pg";

export async function undoRating({ pool = srsPool(), studentId, reviewLogId }: { pool?: pg.Pool; studentId: string; reviewLogId: string }): Promise<{ cardId: string; version: number }> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ cardId: string; cardBefore: CardSnapshot; cardAfter: CardSnapshot; version: number }>(
      `SELECT l."cardId", l."cardBefore", l."cardAfter", c.version
       FROM "ReviewLog" l JOIN "Card" c ON c.id = l."cardId"
       WHERE l.id = $1 AND l."studentId" = $2 FOR UPDATE OF c`,
      [reviewLogId, studentId],
    );
    const log = rows[0];
    if (!log) throw new AppError("NOT_FOUND", "This rating does not exist (or was already undone).");
    if (log.version !== log.cardAfter.version) throw new AppError("CONFLICT", "Only your latest rating of a card can be undone.");
    const b = log.cardBefore;
    const updated = await client.query<{ version: number }>(
      `UPDATE "Card" SET due = $2, stability = $3, difficulty = $4, "elapsedDays" = $5, "scheduledDays" = $6,
         "learningSteps" = $7, reps = $8, lapses = $9, state = $10, "lastReview" = $11, version = version + 1
       WHERE id = $1 RETURNING version`,
      [log.cardId, b.due, b.stability, b.difficulty, b.elapsedDays, b.scheduledDays, b.learningSteps, b.reps, b.lapses, b.state, b.lastReview],
    );
    await client.query(`DELETE FROM "ReviewLog" WHERE id = $1`, [reviewLogId]);
    await client.query("COMMIT");
    return { cardId: log.cardId, version: updated.rows[0].version };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}
