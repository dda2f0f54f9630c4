// Regrade after a question is corrected: every finished attempt of the quiz that used it (all, or only those no
// instructor has reviewed yet) gets that question's items re-marked against the version the class uses NOW, and its
// score recomputed — in one transaction, with one AuditLog entry. Exactly once: the attempts are locked, and an item
// already marked against that version (gradedVersionId) is skipped, so a repeated or concurrent request changes nothing.
import "server-only";
import { markItem } from "@/lib/grading/grade-attempt";
import { scoreAttempt } from "@/lib/grading/score";
import { prisma } from "@/lib/db";
import type { DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { quizNotFound, quizTaughtBy } from "./quiz-access";

type Scope = "all" | "unreviewed";

/**
 * The question a class marks `questionId` with now (decision 008): for a shipped question, or a copy of one, the live
 * copy of the class owner, else of the co-instructor who joined first, else the shipped question. Attempts may hold
 * any member of that family (the shipped id, or a copy), so all of them are regraded.
 */
export async function resolveMarkingQuestion({ db, classId, questionId }: { db: DbTx; classId: string; questionId: string }) {
  const asked = await db.question.findUnique({ where: { id: questionId }, select: { id: true, forkOfId: true, currentVersionId: true } });
  if (!asked) return null;
  const baseId = asked.forkOfId ?? asked.id;
  const copies = await db.question.findMany({
    where: { forkOfId: baseId, owner: { teaching: { some: { classId } } } },
    select: { id: true, retiredAt: true, currentVersionId: true, owner: { select: { teaching: { where: { classId }, select: { isOwner: true, createdAt: true } } } } },
  });
  const live = copies
    .filter((c) => !c.retiredAt && c.currentVersionId)
    .sort((a, b) => Number(b.owner!.teaching[0].isOwner) - Number(a.owner!.teaching[0].isOwner) || a.owner!.teaching[0].createdAt.getTime() - b.owner!.teaching[0].createdAt.getTime());
  const base = baseId === asked.id ? asked : await db.question.findUnique({ where: { id: baseId }, select: { id: true, currentVersionId: true } });
  const marking = live[0] ?? base ?? asked;
  return { family: [baseId, ...copies.map((c) => c.id)], questionId: marking.id, versionId: marking.currentVersionId };
}

async function lockAttempts(tx: DbTx, { quizId, family, scope }: { quizId: string; family: string[]; scope: Scope }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Attempt" a
    WHERE a."quizId" = ${quizId} AND a.state = 'finished' AND (${scope} = 'all' OR a."reviewedAt" IS NULL)
      AND EXISTS (SELECT 1 FROM "AttemptItem" ai WHERE ai."attemptId" = a.id AND ai."questionId" = ANY(${family}))
    ORDER BY a.id FOR UPDATE`;
  return rows.map((r) => r.id);
}

async function rescore(tx: DbTx, attemptId: string) {
  const items = await tx.attemptItem.findMany({ where: { attemptId }, select: { points: true, fraction: true, overrideMark: true } });
  const { score, maxScore } = scoreAttempt({ slots: items.map((i) => ({ points: i.points, fraction: i.fraction ?? 0, overrideMark: i.overrideMark })) });
  await tx.attempt.update({ where: { id: attemptId }, data: { score, maxScore, version: { increment: 1 } } });
  return { score };
}

export async function regradeQuestion({ quizId, instructorId, questionId, scope, now }: { quizId: string; instructorId: string; questionId: string; scope: Scope; now: Date }) {
  const quiz = await prisma.quiz.findFirst({ where: quizTaughtBy(quizId, instructorId), select: { id: true, classId: true } });
  if (!quiz) throw quizNotFound();
  const marking = await resolveMarkingQuestion({ db: prisma, classId: quiz.classId, questionId });
  const used = marking && (await prisma.attemptItem.count({ where: { questionId: { in: marking.family }, attempt: { quizId } } }));
  if (!marking || !used || !marking.versionId) throw new AppError("NOT_FOUND", "No attempt of this quiz used this question.");
  const versionId = marking.versionId;
  const version = await prisma.questionVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true, number: true } });
  return prisma.$transaction(async (tx) => {
    const attemptIds = await lockAttempts(tx, { quizId, family: marking.family, scope });
    const items = await tx.attemptItem.findMany({
      where: { attemptId: { in: attemptIds }, questionId: { in: marking.family }, OR: [{ gradedVersionId: null }, { gradedVersionId: { not: versionId } }] },
      select: { id: true, attemptId: true, position: true, response: true, fraction: true },
      orderBy: [{ attemptId: "asc" }, { position: "asc" }],
    });
    const changes = items.map((item) => ({ ...item, after: markItem({ content: version.content, response: item.response }) }));
    for (const c of changes) await tx.attemptItem.update({ where: { id: c.id }, data: { fraction: c.after, gradedVersionId: versionId } });
    const touched = [...new Set(changes.map((c) => c.attemptId))];
    const scores = [];
    for (const attemptId of touched) {
      const before = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true } });
      const after = await rescore(tx, attemptId);
      scores.push({ attemptId, before: before.score, after: after.score });
      await tx.attemptEvent.create({ data: { attemptId, kind: "regraded", at: now, data: { questionId: marking.questionId, version: version.number, scoreBefore: before.score, scoreAfter: after.score } } });
    }
    const changed = changes.filter((c) => c.fraction !== c.after);
    if (changes.length) {
      await tx.auditLog.create({
        data: {
          actorId: instructorId, action: "quiz.regrade", targetType: "Quiz", targetId: quizId,
          data: { questionId, markedWith: marking.questionId, version: version.number, scope, items: changes.map((c) => ({ attemptId: c.attemptId, position: c.position, before: c.fraction, after: c.after })), scores },
        },
      });
    }
    const inProgress = await tx.attempt.count({ where: { quizId, state: { not: "finished" }, items: { some: { questionId: { in: marking.family } } } } });
    return { markedWith: marking.questionId, version: version.number, regradedItems: changes.length, changedItems: changed.length, attempts: scores, inProgress };
  }, { timeout: 60_000 });
}
