// A question written in the app (origin "editor"). An instructor's is their own (its id carries their tag, decision
// 008); an administrator's is shipped, like the files' questions, until it is exported into them.
import { z } from "zod";
import { prisma, type Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { addVersion, checkEditedQuestion, fail } from "./check-edit";
import { contentHash } from "./content-hash";
import type { SavedQuestion } from "./edit-question";
import { ownedId, ownerOfNew, type Actor } from "./ownership";
import { baseIdOf } from "./question-id";
import { SYNTHESIS_DIR } from "./question-files";
import type { NormalizedQuestion } from "./schema";

export const createQuestionBodySchema = z.strictObject({
  bank: z.string().min(1, "choose a bank"), // a reading's slug, or "synthesis"
  question: z.unknown(),
});

/** The bank's prefix (the one most of its ids use), numbered after every id with it, retired ones too: never reused. */
async function nextBaseId(db: Db, readingId: string | null): Promise<string> {
  const counts = new Map<string, number>();
  for (const { id } of await db.question.findMany({ where: { readingId }, select: { id: true } })) {
    const prefix = id.split("-")[0];
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const prefix = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!prefix) fail("id", "this bank has no questions yet, so there is no number to continue: type an id such as abc-001");
  const taken = await db.question.findMany({ where: { id: { startsWith: `${prefix}-` } }, select: { id: true } });
  const last = Math.max(0, ...taken.map((q) => Number(baseIdOf(q.id).slice(prefix.length + 1))).filter(Number.isInteger));
  return `${prefix}-${String(last + 1).padStart(3, "0")}`;
}

/** A retried create (its response lost) finds the question it made a moment ago instead of making a twin. */
async function findJustCreated(db: Db, q: NormalizedQuestion, readingId: string | null, authorId: string, now: Date) {
  const since = new Date(now.getTime() - 10 * 60_000);
  const recent = await db.questionVersion.findMany({
    where: { number: 1, createdBy: "editor", authorId, createdAt: { gte: since }, question: { readingId, origin: "editor" } },
    select: { questionId: true, content: true },
  });
  const sameContent = (content: unknown) => contentHash({ ...(content as object), id: q.id }) === contentHash(q);
  return recent.find((v) => sameContent(v.content))?.questionId ?? null;
}

type CreateInput = { db?: Db; bank: string; input: unknown; actor: Actor; now: Date };

/**
 * Version 1 of a new question, by this author. The id is the one typed (taken → CONFLICT) or, left empty, the bank's
 * next free number (taken a moment ago by someone else → the next one); an instructor's gets their tag after "~".
 */
export async function createQuestion({ db = prisma, bank, input, actor, now }: CreateInput): Promise<SavedQuestion> {
  const reading = bank === SYNTHESIS_DIR ? null : await db.reading.findUnique({ where: { slug: bank }, select: { id: true, slug: true } });
  if (bank !== SYNTHESIS_DIR && !reading) fail("bank", `there is no reading "${bank}"`);
  const readingId = reading?.id ?? null;
  const ownerId = ownerOfNew(actor);
  const typed = (input as { id?: unknown } | null)?.id;
  const chosen = typeof typed === "string" && typed.trim() !== "" ? typed.trim() : null;
  if (chosen?.includes("~")) fail("id", 'type the id without "~": your questions get your tag after it by themselves');
  const placeholder = chosen ?? "new-001"; // validated before a number is spent on it
  const checked = await checkEditedQuestion({ db, input: { ...(input as object), id: placeholder }, bankReading: reading?.slug ?? null, id: placeholder, type: null });
  const twin = await findJustCreated(db, { ...checked, id: ownedId(placeholder, ownerId) }, readingId, actor.id, now);
  if (twin && (!chosen || twin === ownedId(chosen, ownerId))) return { id: twin, version: 1, created: false };
  // "dip-001~…" must never look like a copy of a shipped dip-001 it has nothing to do with.
  if (chosen && ownerId && (await db.question.count({ where: { id: chosen } }))) fail("id", `${chosen} is already taken (ids are never reused); choose another or leave it empty`, "CONFLICT");
  for (let attempt = 0; ; attempt++) {
    const question = { ...checked, id: ownedId(chosen ?? (await nextBaseId(db, readingId)), ownerId) };
    try {
      return await db.$transaction(async (tx) => {
        await tx.question.create({ data: { id: question.id, type: question.type, readingId, origin: "editor", ownerId, createdAt: now } });
        await addVersion(tx, question, 1, "editor", actor.id, now);
        const audit = { version: 1, contentHash: contentHash(question) };
        await tx.auditLog.create({ data: { actorId: actor.id, action: "question.create", targetType: "Question", targetId: question.id, data: audit, createdAt: now } });
        return { id: question.id, version: 1, created: true };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (chosen || attempt >= 4) fail("id", `${question.id} is already taken (ids are never reused); choose another or leave it empty`, "CONFLICT");
    }
  }
}
