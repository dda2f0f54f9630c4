// An instructor's own copy of a shipped question (decision 008): a new question, owned by them, that their classes use
// in the shipped one's place. It starts as version 1 = the shipped question's current content ("copy"), so its
// history says where it came from; an edit made while copying is its version 2.
import { prisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { addVersion, checkEditedQuestion } from "./check-edit";
import { contentHash } from "./content-hash";
import type { SavedQuestion } from "./edit-question";
import { ownedId, type Actor } from "./ownership";
import type { NormalizedQuestion } from "./schema";

type CopyInput = {
  db?: Db;
  questionId: string;
  actor: Actor;
  now: Date;
  /** Save this content (as the editor posts it, based on the shipped `expectedVersion`) into the new copy. */
  edit?: { input: unknown; expectedVersion: number };
  /** The copy's quiz-only flag; by default the shipped question's. */
  quizOnly?: boolean;
  /** "Make my copy" of the version the instructor was shown: a newer one since is a CONFLICT, not a silent swap. */
  expectedVersion?: number;
};

const STALE = "The shipped question changed a moment ago; reload to see its new version before copying it.";

async function findShipped(db: Db, questionId: string) {
  const shipped = await db.question.findFirst({
    where: { id: questionId, ownerId: null },
    select: { type: true, readingId: true, quizOnly: true, retiredAt: true, reading: { select: { slug: true } }, currentVersion: { select: { number: true, content: true } } },
  });
  if (!shipped?.currentVersion) throw new AppError("NOT_FOUND", "Question not found.");
  if (shipped.retiredAt) throw new AppError("CONFLICT", "This question is retired: it can be read but not copied.");
  return { ...shipped, version: shipped.currentVersion.number, content: shipped.currentVersion.content as NormalizedQuestion };
}

const findCopy = (db: Db, questionId: string, ownerId: string) =>
  db.question.findUnique({ where: { forkOfId_ownerId: { forkOfId: questionId, ownerId } }, select: { id: true, retiredAt: true, currentVersion: { select: { number: true } } } });

function alreadyCopied(copy: { id: string; retiredAt: Date | null }): never {
  const restore = copy.retiredAt ? " (retired: restore it first)" : "";
  throw new AppError("CONFLICT", `You already have a copy of this question, ${copy.id}${restore}: make your changes there.`);
}

/**
 * Makes the actor's copy. Without `edit` or `quizOnly` it is idempotent ("Make my copy" twice gives the same copy);
 * with them, an existing copy is a CONFLICT naming it, since the change belongs on that copy.
 */
export async function copyQuestion({ db = prisma, questionId, actor, now, edit, quizOnly, expectedVersion }: CopyInput): Promise<SavedQuestion & { copiedFrom: string }> {
  if (actor.role === "ADMIN") throw new AppError("CONFLICT", "Administrators change shipped questions in place.");
  const shipped = await findShipped(db, questionId);
  const plain = !edit && quizOnly === undefined;
  const existing = await findCopy(db, questionId, actor.id);
  if (existing && plain) return { id: existing.id, version: existing.currentVersion?.number ?? 1, created: false, copiedFrom: questionId };
  if (existing) alreadyCopied(existing);
  if (expectedVersion !== undefined && expectedVersion !== shipped.version) throw new AppError("CONFLICT", STALE);
  let edited: NormalizedQuestion | null = null;
  if (edit) {
    const checked = await checkEditedQuestion({ db, input: edit.input, bankReading: shipped.reading?.slug ?? null, id: questionId, type: shipped.type });
    if (contentHash(checked) !== contentHash(shipped.content)) edited = checked;
    if (edited && edit.expectedVersion !== shipped.version) throw new AppError("CONFLICT", STALE);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = ownedId(questionId, actor.id, attempt > 0 ? "random" : undefined);
    try {
      return await db.$transaction(async (tx) => {
        const question = { id, type: shipped.type, readingId: shipped.readingId, origin: "editor", ownerId: actor.id, forkOfId: questionId, quizOnly: quizOnly ?? shipped.quizOnly, createdAt: now };
        await tx.question.create({ data: question });
        await addVersion(tx, { ...shipped.content, id }, 1, "copy", actor.id, now);
        if (edited) await addVersion(tx, { ...edited, id }, 2, "editor", actor.id, now);
        const version = edited ? 2 : 1;
        const audit = { copiedFrom: questionId, copiedVersion: shipped.version, version, quizOnly: question.quizOnly };
        await tx.auditLog.create({ data: { actorId: actor.id, action: "question.copy", targetType: "Question", targetId: id, data: audit, createdAt: now } });
        return { id, version, created: true, copiedFrom: questionId };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      // Either a simultaneous request made this copy first, or (rarely) another owner's tag gave the same id.
      const raced = await findCopy(db, questionId, actor.id);
      if (raced && plain) return { id: raced.id, version: raced.currentVersion?.number ?? 1, created: false, copiedFrom: questionId };
      if (raced) alreadyCopied(raced);
    }
  }
  throw new AppError("CONFLICT", "Could not choose an id for your copy; please try again.");
}
