// The instructor's editor writes questions through here. The rules are the files' rules (questions/README.md), and an
// edit never overwrites: it adds an immutable version and moves the question's pointer to it (DESIGN.md #4). A person
// changes only what they own; an instructor's edit of a shipped question becomes their copy (decision 008).
import { z } from "zod";
import { prisma, type Db, type DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { addVersion, checkEditedQuestion, type VersionOrigin } from "./check-edit";
import { contentHash } from "./content-hash";
import { copyQuestion } from "./copy-question";
import { toFileQuestion } from "./export-bank";
import { canChangeInPlace, visibleTo, type Actor } from "./ownership";
import type { NormalizedQuestion } from "./schema";

export const saveQuestionBodySchema = z.strictObject({
  expectedVersion: z.int("expectedVersion must be the version number the editor loaded").min(1),
  question: z.unknown(),
});
export const restoreVersionBodySchema = z.strictObject({
  version: z.int("version must be the number of the version to restore").min(1),
  expectedVersion: z.int("expectedVersion must be the version number the editor loaded").min(1),
});
/** `copiedFrom`: the save made the actor's copy of this shipped question (its id is `id`). */
export type SavedQuestion = { id: string; version: number; created: boolean; copiedFrom?: string };

export const STALE = "Someone else saved this question a moment ago; reload to see their version.";

type SaveInput = { db?: Db; questionId: string; input: unknown; expectedVersion: number; actor: Actor; now: Date };

/**
 * Saves the editor's content as version n+1. Idempotent: content equal to the current version writes nothing, so a
 * retried save (its response lost) gets the version it made. `expectedVersion` is the version the editor loaded;
 * anything else means someone saved in between, and the save is refused rather than silently replacing theirs.
 */
export async function saveQuestionVersion(args: SaveInput): Promise<SavedQuestion> {
  return saveContent({ ...args, origin: "editor" });
}

async function saveContent({ db = prisma, questionId, input, expectedVersion, actor, now, origin }: SaveInput & { origin: VersionOrigin }): Promise<SavedQuestion> {
  const stored = await db.question.findFirst({
    where: { id: questionId, ...visibleTo(actor) },
    select: { type: true, ownerId: true, reading: { select: { slug: true } } },
  });
  if (!stored) throw new AppError("NOT_FOUND", "Question not found.");
  if (!canChangeInPlace(actor, stored)) return copyQuestion({ db, questionId, actor, now, edit: { input, expectedVersion } });
  const question = await checkEditedQuestion({ db, input, bankReading: stored.reading?.slug ?? null, id: questionId, type: stored.type });
  try {
    return await db.$transaction((tx) => writeVersion(tx, { question, expectedVersion, actor, now, origin }));
  } catch (e) {
    // The @@unique([questionId, number]) backstop, e.g. against an import writing this question at the same moment.
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", STALE);
    throw e;
  }
}

type WriteInput = { question: NormalizedQuestion; expectedVersion: number; actor: Actor; now: Date; origin: VersionOrigin };

async function writeVersion(tx: DbTx, { question, expectedVersion, actor, now, origin }: WriteInput): Promise<SavedQuestion> {
  const questionId = question.id;
  const hash = contentHash(question);
  // Concurrent saves of one question queue on this row lock, so each one sees the version the previous wrote.
  await tx.$queryRaw`SELECT 1 FROM "Question" WHERE id = ${questionId} FOR UPDATE`;
  const current = await tx.question.findUniqueOrThrow({
    where: { id: questionId },
    select: { retiredAt: true, currentVersion: { select: { number: true, contentHash: true } }, _count: { select: { versions: true } } },
  });
  if (current.retiredAt) throw new AppError("CONFLICT", "This question is retired: restore it first to edit it.");
  const version = current.currentVersion?.number ?? 0;
  if (current.currentVersion?.contentHash === hash) return { id: questionId, version, created: false };
  if (version !== expectedVersion) throw new AppError("CONFLICT", STALE);
  const number = current._count.versions + 1; // 1..n without gaps, as the import numbers them
  await addVersion(tx, question, number, origin, actor.id, now);
  const action = origin === "restore" ? "question.restore" : "question.edit";
  await tx.auditLog.create({ data: { actorId: actor.id, action, targetType: "Question", targetId: questionId, data: { version: number, contentHash: hash }, createdAt: now } });
  return { id: questionId, version: number, created: true };
}

type RestoreInput = { db?: Db; questionId: string; version: number; expectedVersion: number; actor: Actor; now: Date };

/**
 * Restoring a past version writes its content again as a new version (history never moves backwards). It passes the
 * same checks as any edit, so a quote the reading no longer holds is refused with its reason.
 */
export async function restoreQuestionVersion({ db = prisma, questionId, version, expectedVersion, actor, now }: RestoreInput): Promise<SavedQuestion> {
  const old = await db.questionVersion.findFirst({
    where: { number: version, question: { id: questionId, ...visibleTo(actor) } },
    select: { content: true },
  });
  if (!old) throw new AppError("NOT_FOUND", "This version does not exist.");
  const input = toFileQuestion(old.content as NormalizedQuestion);
  return saveContent({ db, questionId, input, expectedVersion, actor, now, origin: "restore" });
}
