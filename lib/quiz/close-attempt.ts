// Ending an attempt, whoever ends it: the student or their page at the deadline (submit), or the server once it is
// overdue (a lazy finish on read, or the sweep). Each locks the attempt row, grades its items with the one pure
// marker (lib/grading/grade-attempt.ts) and closes it in ONE transaction, so an attempt is graded exactly once however
// many of them race (docs/decisions/010-quizzes.md). Bare `pg`: 500 students may submit within seconds.
// (The instructor's regrade re-grades through lib/quiz/grade-attempt.ts, with Prisma, inside its own transaction.)
import type pg from "pg";
import { gradeAttemptItems } from "@/lib/grading/grade-attempt";

export type FinishedBy = "student" | "timer" | "sweep" | "lazy";
export type LockedAttempt = { id: string; quizId: string; state: string; deadline: Date | null; finishedBy: string | null; expiryPolicy: string; graceSeconds: number };

// FOR UPDATE: a save in flight holds FOR KEY SHARE (lib/quiz/save-answer.ts) and is waited for, then graded.
const LOCK_SQL = `
  SELECT a.id, a."quizId", a.state, a.deadline, a."finishedBy", z."expiryPolicy", z."graceSeconds"
  FROM "Attempt" a JOIN "Quiz" z ON z.id = a."quizId"
  JOIN "User" u ON u.id = a."studentId" AND ($3::int IS NULL OR u."sessionVersion" = $3::int)
  WHERE a.id = $1 AND ($2::text IS NULL OR a."studentId" = $2::text)
  FOR UPDATE OF a`;

const ITEMS_SQL = `
  SELECT i.id, i.points, i."optionOrder", i.response, i."overrideMark", i."questionVersionId", v.content
  FROM "AttemptItem" i JOIN "QuestionVersion" v ON v.id = i."questionVersionId"
  WHERE i."attemptId" = $1 ORDER BY i.position`;

const CLOSE_SQL = `
  WITH items AS (
    UPDATE "AttemptItem" ai SET fraction = v.f, "gradedVersionId" = v.g
    FROM unnest($2::text[], $3::float8[], $4::text[]) AS v(id, f, g) WHERE ai.id = v.id
  ), ev AS (
    INSERT INTO "AttemptEvent" (id, "attemptId", kind, at, data)
    VALUES (gen_random_uuid()::text, $1, 'submitted', $5::timestamp, json_build_object('by', $6::text))
  )
  UPDATE "Attempt" SET state = 'finished', "finishedAt" = $5::timestamp, "finishedBy" = $6, score = $7, "maxScore" = $8, version = version + 1
  WHERE id = $1`;

/** The attempt, locked; with `studentId` only theirs, with `sessionVersion` only for a live session of theirs. */
export async function lockAttempt(client: pg.PoolClient, { attemptId, studentId = null, sessionVersion = null }: { attemptId: string; studentId?: string | null; sessionVersion?: number | null }): Promise<LockedAttempt | null> {
  return (await client.query<LockedAttempt>(LOCK_SQL, [attemptId, studentId, sessionVersion])).rows[0] ?? null;
}

type ItemRow = { id: string; points: number; optionOrder: unknown; response: unknown; overrideMark: number | null; questionVersionId: string; content: unknown };

/** Grades a locked, open attempt on its saved answers and closes it; one "submitted" event says by whom. */
export async function gradeAndClose(client: pg.PoolClient, { attemptId, finishedAt, by }: { attemptId: string; finishedAt: Date; by: FinishedBy }) {
  const { rows: items } = await client.query<ItemRow>(ITEMS_SQL, [attemptId]);
  const graded = gradeAttemptItems({ items });
  await client.query(CLOSE_SQL, [
    attemptId, items.map((i) => i.id), graded.fractions, items.map((i) => i.questionVersionId),
    finishedAt.toISOString(), by, graded.score, graded.maxScore,
  ]);
  return graded;
}
