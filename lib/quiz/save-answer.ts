// Saving one answer (PUT /api/attempts/[attemptId]/items/[position]): the quiz's hot path, ONE statement. It checks
// the session (sessionVersion, as the token says), that the attempt is the student's and open, and the deadline with
// the network grace; it stores the response only when the client's sequence number is newer than the stored one, so
// a late-arriving older save never overwrites a newer one; and it holds FOR KEY SHARE on the attempt row, so a
// submit (FOR UPDATE) waits for saves in flight and grades them, and a save after the submit sees it finished.
// A "saved" event is coalesced: at most one per item per 30 s (docs/decisions/010-quizzes.md, "Volume").
import type pg from "pg";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { srsPool } from "@/lib/srs/pool";
import { explainMissing } from "./explain-missing";
import { describeRefusal } from "./refusals";
import { expiryOf } from "./expiry";
import { checkAttemptAction, DEFAULT_NETWORK_GRACE_MS } from "./timing";

const jsonAnswer = z.union([
  z.string().max(300), z.number().finite(), z.boolean(), z.null(),
  z.array(z.string().max(300)).max(10),
  z.record(z.string().max(300), z.string().max(300)).refine((r) => Object.keys(r).length <= 10, "at most 10 pairs"),
]);

export const saveBodySchema = z
  .strictObject({
    response: jsonAnswer.optional(),
    seq: z.number().int().min(1).max(2_147_483_647).optional(),
    flagged: z.boolean().optional(),
  })
  .refine((b) => (b.response === undefined) === (b.seq === undefined), { message: "send response and seq together", path: ["seq"] })
  .refine((b) => b.response !== undefined || b.flagged !== undefined, { message: "send a response (with seq) or flagged", path: ["response"] });
export type SaveBody = z.infer<typeof saveBodySchema>;

const SAVE_SQL = `
  WITH a AS (
    SELECT a.id, a.state, a.deadline, z."expiryPolicy", z."graceSeconds"
    FROM "Attempt" a JOIN "Quiz" z ON z.id = a."quizId"
    JOIN "User" u ON u.id = a."studentId" AND ($3::int IS NULL OR u."sessionVersion" = $3::int)
    WHERE a.id = $1 AND a."studentId" = $2
    FOR KEY SHARE OF a
  ), cur AS (
    SELECT i.id, i."responseSeq", i."savedAt" FROM "AttemptItem" i JOIN a ON i."attemptId" = a.id WHERE i.position = $4
  ), open AS (
    SELECT 1 FROM a WHERE a.state = 'in_progress' AND (a.deadline IS NULL OR a.deadline >= $8::timestamp - make_interval(secs => $9))
  ), upd AS (
    UPDATE "AttemptItem" i SET
      response = CASE WHEN i."responseSeq" < $6::int THEN $5::jsonb ELSE i.response END,
      "savedAt" = CASE WHEN i."responseSeq" < $6::int THEN $8::timestamp ELSE i."savedAt" END,
      "responseSeq" = CASE WHEN i."responseSeq" < $6::int THEN $6::int ELSE i."responseSeq" END,
      flagged = coalesce($7::boolean, i.flagged)
    FROM cur WHERE i.id = cur.id AND EXISTS (SELECT 1 FROM open)
      AND (i."responseSeq" < $6::int OR $7::boolean IS NOT NULL)
    RETURNING i."responseSeq", i.flagged
  ), ev AS (
    INSERT INTO "AttemptEvent" (id, "attemptId", kind, at, data)
    SELECT gen_random_uuid()::text, $1, 'saved', $8::timestamp, json_build_object('position', $4::int, 'seq', $6::int)
    FROM cur JOIN upd ON upd."responseSeq" = $6::int AND cur."responseSeq" < $6::int
    WHERE cur."savedAt" IS NULL OR cur."savedAt" < $8::timestamp - interval '30 seconds'
  )
  SELECT a.state, a.deadline, a."expiryPolicy", a."graceSeconds", cur.id IS NOT NULL AS "hasItem",
         upd."responseSeq" AS seq, upd.flagged, cur."responseSeq" AS "storedSeq"
  FROM a LEFT JOIN cur ON true LEFT JOIN upd ON true`;

type Row = { state: string; deadline: Date | null; expiryPolicy: string; graceSeconds: number; hasItem: boolean; seq: number | null; flagged: boolean | null; storedSeq: number | null };
export type SaveResult = { applied: boolean; seq: number; flagged?: boolean; savedAt: string };

export async function saveAnswer({ pool = srsPool(), attemptId, studentId, sessionVersion, position, body, now = new Date() }: {
  pool?: pg.Pool; attemptId: string; studentId: string; sessionVersion: number | null; position: number; body: SaveBody; now?: Date;
}): Promise<SaveResult> {
  const { rows } = await pool.query<Row>(SAVE_SQL, [
    attemptId, studentId, sessionVersion, position,
    body.response === undefined ? null : JSON.stringify(body.response), body.seq ?? 0, body.flagged ?? null,
    now.toISOString(), DEFAULT_NETWORK_GRACE_MS / 1000,
  ]);
  const row = rows[0];
  if (!row) return explainMissing(pool, { studentId, sessionVersion, message: "This attempt does not exist." });
  const verdict = checkAttemptAction({ action: "save", attempt: { deadline: row.deadline, finishedAt: row.state === "in_progress" ? null : now }, expiry: expiryOf(row), now });
  if (!verdict.ok) throw new AppError("CONFLICT", describeRefusal(verdict.reason), { reason: verdict.reason });
  if (!row.hasItem) throw new AppError("NOT_FOUND", "This attempt has no question at that position.");
  // No row updated: a newer save is already stored (this one arrived late) — acknowledged, not applied.
  if (row.seq === null) return { applied: false, seq: row.storedSeq ?? 0, savedAt: now.toISOString() };
  return { applied: body.seq !== undefined && row.seq === body.seq, seq: row.seq, flagged: row.flagged ?? undefined, savedAt: now.toISOString() };
}
