// Two switches on a question: quiz-only (never a flashcard) and retired (out of every class, history kept).
// Decision 008: quiz-only is a property of the question a class uses, so an instructor who marks a shipped question
// makes their copy carry it; retiring is for what one owns (shipped questions retire through the files).
import { prisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { copyQuestion } from "./copy-question";
import { canChangeInPlace, visibleTo, type Actor } from "./ownership";

type FlagInput = { db?: Db; questionId: string; actor: Actor; now: Date };

async function findVisible(db: Db, questionId: string, actor: Actor) {
  const row = await db.question.findFirst({ where: { id: questionId, ...visibleTo(actor) }, select: { ownerId: true, origin: true, quizOnly: true, retiredAt: true } });
  if (!row) throw new AppError("NOT_FOUND", "Question not found.");
  return row;
}

async function audit(db: Db, actor: Actor, action: string, questionId: string, data: object, now: Date) {
  await db.auditLog.create({ data: { actorId: actor.id, action, targetType: "Question", targetId: questionId, data, createdAt: now } });
}

/** `id` is the question that now carries the flag: the one asked for, or the actor's copy of it. */
export async function setQuizOnly({ db = prisma, questionId, quizOnly, actor, now }: FlagInput & { quizOnly: boolean }) {
  const row = await findVisible(db, questionId, actor);
  if (canChangeInPlace(actor, row)) {
    if (row.quizOnly !== quizOnly) {
      await db.question.updateMany({ where: { id: questionId, ownerId: row.ownerId }, data: { quizOnly } });
      await audit(db, actor, "question.quiz-only", questionId, { quizOnly }, now);
    }
    return { id: questionId, quizOnly, copied: false };
  }
  const copy = await db.question.findUnique({ where: { forkOfId_ownerId: { forkOfId: questionId, ownerId: actor.id } }, select: { id: true } });
  if (copy) return setQuizOnly({ db, questionId: copy.id, quizOnly, actor, now });
  if (row.quizOnly === quizOnly) return { id: questionId, quizOnly, copied: false };
  const made = await copyQuestion({ db, questionId, actor, now, quizOnly });
  return { id: made.id, quizOnly, copied: true };
}

/**
 * Retiring takes a question out of every class (a retired copy gives its classes the shipped question back) and keeps
 * its history; restoring undoes it. Shipped questions from the files retire by leaving the files: an in-app retire
 * would be undone by the next import.
 */
export async function setRetired({ db = prisma, questionId, retired, actor, now }: FlagInput & { retired: boolean }) {
  const row = await findVisible(db, questionId, actor);
  if (!canChangeInPlace(actor, row))
    throw new AppError("FORBIDDEN", "Only an administrator changes the shipped questions; make your own copy, or mark it quiz-only, instead.");
  if (row.ownerId === null && row.origin === "file")
    throw new AppError("CONFLICT", "This question comes from the bank files: retire it by removing it from its bank.yaml.");
  if ((row.retiredAt !== null) !== retired) {
    await db.question.updateMany({ where: { id: questionId, ownerId: row.ownerId }, data: { retiredAt: retired ? now : null } });
    await audit(db, actor, retired ? "question.retire" : "question.restore-retired", questionId, {}, now);
  }
  return { id: questionId, retired };
}
