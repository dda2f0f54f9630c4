// Submitting (POST /api/attempts/[attemptId]/submit): idempotent. The attempt row is locked FOR UPDATE, so of a double
// click, two tabs or a retry exactly one finds it open, grades it and closes it — in the same transaction — and the
// others find it finished and get the same answer. A submit that arrives too late still ends the attempt: with its
// saved answers and finish time = deadline, as the sweep would.
import type pg from "pg";
import { AppError } from "@/lib/errors";
import { srsPool } from "@/lib/srs/pool";
import { gradeAndClose, lockAttempt } from "./close-attempt";
import { expiryOf } from "./expiry";
import { explainMissing } from "./explain-missing";
import { inTransaction } from "./pg-transaction";
import { checkAttemptAction } from "./timing";

export type SubmitResult = { attemptId: string; quizId: string; state: "finished"; finishedBy: string; alreadyFinished: boolean };

export async function submitAttempt({ attemptId, studentId, sessionVersion = null, by, now = new Date(), pool = srsPool() }: {
  attemptId: string; studentId: string; sessionVersion?: number | null; by: "student" | "timer"; now?: Date; pool?: pg.Pool;
}): Promise<SubmitResult> {
  const result = await inTransaction(pool, async (client) => {
    const row = await lockAttempt(client, { attemptId, studentId, sessionVersion });
    if (!row) return null;
    if (row.state !== "in_progress") return { attemptId, quizId: row.quizId, state: "finished" as const, finishedBy: row.finishedBy ?? "student", alreadyFinished: true };
    const verdict = checkAttemptAction({ action: "submit", attempt: { deadline: row.deadline, finishedAt: null }, expiry: expiryOf(row), now });
    // Too late: the server's own finish (finish time = deadline), not the student's.
    const finishedBy = verdict.ok ? by : "lazy";
    const finishedAt = verdict.ok ? (row.deadline && now > row.deadline ? row.deadline : now) : row.deadline!;
    await gradeAndClose(client, { attemptId, finishedAt, by: finishedBy });
    return { attemptId, quizId: row.quizId, state: "finished" as const, finishedBy, alreadyFinished: false };
  });
  if (result === null) {
    if (sessionVersion === null) throw new AppError("NOT_FOUND", "This attempt does not exist.");
    return explainMissing(pool, { studentId, sessionVersion, message: "This attempt does not exist." });
  }
  return result;
}
