// An instructor's mark for one item of a finished attempt, with a comment: it replaces the automatic mark in the score
// (null gives the automatic mark back). Every change leaves an AuditLog entry, so the history of a mark is kept.
import "server-only";
import { scoreAttempt } from "@/lib/grading/score";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { attemptNotFound, attemptTaughtBy } from "./quiz-access";

export async function overrideMark({ attemptId, position, instructorId, mark, comment, now }: {
  attemptId: string; position: number; instructorId: string; mark: number | null; comment: string; now: Date;
}) {
  return prisma.$transaction(async (tx) => {
    const attempt = await tx.attempt.findFirst({ where: attemptTaughtBy(attemptId, instructorId), select: { id: true } });
    if (!attempt) throw attemptNotFound();
    // Serialises with submit, regrade and other overrides of this attempt.
    const [locked] = await tx.$queryRaw<{ state: string; score: number | null }[]>`SELECT state, score FROM "Attempt" WHERE id = ${attemptId} FOR UPDATE`;
    if (locked.state !== "finished") throw new AppError("CONFLICT", "This attempt is still in progress: marks can change once it is submitted.");
    const items = await tx.attemptItem.findMany({ where: { attemptId }, select: { id: true, position: true, points: true, fraction: true, overrideMark: true, overrideComment: true } });
    const item = items.find((i) => i.position === position);
    if (!item) throw new AppError("NOT_FOUND", "This attempt has no question at that position.");
    if (mark !== null && mark > item.points) throw new AppError("BAD_INPUT", `The mark is at most ${item.points} (the question's points).`, { mark: `At most ${item.points}.` });
    await tx.attemptItem.update({ where: { id: item.id }, data: { overrideMark: mark, overrideComment: mark === null ? null : comment } });
    const slots = items.map((i) => ({ points: i.points, fraction: i.fraction ?? 0, overrideMark: i.id === item.id ? mark : i.overrideMark }));
    const { score, maxScore } = scoreAttempt({ slots });
    await tx.attempt.update({ where: { id: attemptId }, data: { score, maxScore, version: { increment: 1 } } });
    await tx.attemptEvent.create({ data: { attemptId, kind: "mark_overridden", at: now, data: { position, mark, by: instructorId } } });
    await tx.auditLog.create({
      data: {
        actorId: instructorId, action: "attempt_item.mark", targetType: "AttemptItem", targetId: item.id,
        data: { attemptId, position, before: item.overrideMark, after: mark, comment, scoreBefore: locked.score, scoreAfter: score },
      },
    });
    return { position, mark, score, maxScore };
  });
}

export async function setReviewed({ attemptId, instructorId, reviewed, now }: { attemptId: string; instructorId: string; reviewed: boolean; now: Date }) {
  const attempt = await prisma.attempt.findFirst({ where: attemptTaughtBy(attemptId, instructorId), select: { state: true } });
  if (!attempt) throw attemptNotFound();
  if (attempt.state !== "finished") throw new AppError("CONFLICT", "This attempt is still in progress.");
  const reviewedAt = reviewed ? now : null;
  await prisma.attempt.update({ where: { id: attemptId }, data: { reviewedAt } });
  return { reviewedAt: reviewedAt?.toISOString() ?? null };
}
