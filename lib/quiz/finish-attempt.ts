// Ending an attempt, whoever ends it: the student or their page at the deadline (submit), or the server once the
// attempt is overdue (lazily on a read, or the sweep). All of them lock the attempt row, grade it and mark it finished
// in ONE transaction, so an attempt is graded exactly once however many of them race (docs/decisions/010-quizzes.md).
import "server-only";
import { prisma, type DbTx } from "@/lib/db";
import { expiryOf } from "./expiry";
import { gradeAttempt } from "./grade-attempt";
import { isOverdue } from "./timing";

export type FinishedBy = "student" | "timer" | "sweep" | "lazy";
type Locked = { id: string; state: string; deadline: Date | null; expiryPolicy: string; graceSeconds: number };

/** Locks the attempt (FOR UPDATE: a concurrent save holds FOR KEY SHARE and is waited for) with its quiz's expiry. */
export async function lockAttempt(tx: DbTx, attemptId: string, studentId?: string): Promise<Locked | null> {
  const rows = await tx.$queryRaw<Locked[]>`
    SELECT a.id, a.state, a.deadline, z."expiryPolicy", z."graceSeconds"
    FROM "Attempt" a JOIN "Quiz" z ON z.id = a."quizId"
    WHERE a.id = ${attemptId} AND (${studentId ?? null}::text IS NULL OR a."studentId" = ${studentId ?? null}::text)
    FOR UPDATE OF a`;
  return rows[0] ?? null;
}


/** Grades and closes a locked, open attempt; one "submitted" event says by whom. */
export async function closeAttempt({ tx, attemptId, finishedAt, by }: { tx: DbTx; attemptId: string; finishedAt: Date; by: FinishedBy }) {
  await gradeAttempt({ tx, attemptId });
  await tx.attempt.update({ where: { id: attemptId }, data: { state: "finished", finishedAt, finishedBy: by } });
  await tx.attemptEvent.create({ data: { attemptId, kind: "submitted", at: finishedAt, data: { by } } });
}

/**
 * Finishes one attempt if it is still open and overdue, with its saved answers and finish time = deadline. Safe to
 * call from anywhere at any time: it does nothing to an attempt that is finished or still running.
 */
export async function finishIfOverdue({ tx, attemptId, now, by }: { tx: DbTx; attemptId: string; now: Date; by: "sweep" | "lazy" }) {
  const row = await lockAttempt(tx, attemptId);
  if (!row || row.state !== "in_progress" || !isOverdue({ deadline: row.deadline, expiry: expiryOf(row), now })) return false;
  await closeAttempt({ tx, attemptId, finishedAt: row.deadline!, by });
  return true;
}

/** The lazy half: whoever reads attempts finishes the overdue ones among them first (one transaction each). */
export async function finishOverdueLazily({ attemptIds, now = new Date() }: { attemptIds: string[]; now?: Date }) {
  let finished = 0;
  for (const attemptId of attemptIds) {
    if (await prisma.$transaction((tx) => finishIfOverdue({ tx, attemptId, now, by: "lazy" }))) finished++;
  }
  return finished;
}
