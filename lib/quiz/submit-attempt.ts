// Submitting (POST /api/attempts/[attemptId]/submit): idempotent. The attempt row is locked FOR UPDATE, so of a double
// click, two tabs or a retry exactly one finds it open, grades it and closes it — in the same transaction — and the
// others find it finished and get the same answer. A submit that arrives too late still ends the attempt: with its
// saved answers and finish time = deadline, as the sweep would.
import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { expiryOf } from "./expiry";
import { closeAttempt, lockAttempt } from "./finish-attempt";
import { checkAttemptAction } from "./timing";

export type SubmitResult = { attemptId: string; quizId: string; state: "finished"; finishedBy: string; alreadyFinished: boolean };

export async function submitAttempt({ attemptId, studentId, by, now = new Date() }: {
  attemptId: string; studentId: string; by: "student" | "timer"; now?: Date;
}): Promise<SubmitResult> {
  return prisma.$transaction(async (tx) => {
    const row = await lockAttempt(tx, attemptId, studentId);
    if (!row) throw new AppError("NOT_FOUND", "This attempt does not exist.");
    let finishedBy: string;
    const alreadyFinished = row.state !== "in_progress";
    if (alreadyFinished) {
      finishedBy = (await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { finishedBy: true } })).finishedBy ?? "student";
    } else {
      const verdict = checkAttemptAction({ action: "submit", attempt: { deadline: row.deadline, finishedAt: null }, expiry: expiryOf(row), now });
      // Too late: the server's own finish (finish time = deadline), not the student's.
      finishedBy = verdict.ok ? by : "lazy";
      const finishedAt = verdict.ok ? (row.deadline && now > row.deadline ? row.deadline : now) : row.deadline!;
      await closeAttempt({ tx, attemptId, finishedAt, by: finishedBy as "student" });
    }
    const { quizId } = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { quizId: true } });
    return { attemptId, quizId, state: "finished" as const, finishedBy, alreadyFinished };
  });
}
