// The hot paths read with the session check inside their one statement; when it finds nothing, this rare second query
// says why: a revoked session (401), not a student (403), or simply not theirs / not there (404) — as the flashcard
// paths do (lib/srs/card-context.ts).
import type pg from "pg";
import { AppError } from "@/lib/errors";

export async function explainMissing(db: pg.Pool | pg.PoolClient, { studentId, sessionVersion, message }: { studentId: string; sessionVersion: number | null; message: string }): Promise<never> {
  const { rows } = await db.query(`SELECT role FROM "User" WHERE id = $1 AND ($2::int IS NULL OR "sessionVersion" = $2::int)`, [studentId, sessionVersion]);
  if (!rows[0]) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  if (rows[0].role !== "STUDENT") throw new AppError("FORBIDDEN", "Only students can do this.");
  throw new AppError("NOT_FOUND", message);
}
