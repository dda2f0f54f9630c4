// The instructor's editor writes questions through here. The rules are the files' rules (questions/README.md), and an
// edit never overwrites: it adds an immutable version and moves the question's pointer to it (DESIGN.md #4).
import { z } from "zod";
import { prisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseWith } from "@/lib/parse-input";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { contentHash } from "./content-hash";
import { findQuote } from "./normalize-text";
import { SYNTHESIS_DIR } from "./question-files";
import { normalizeQuestion, questionSchema, quoteFormIssue, type NormalizedQuestion } from "./schema";
import { orderingIssues } from "./validate-questions";

export const saveQuestionBodySchema = z.strictObject({
  expectedVersion: z.int("expectedVersion must be the version number the editor loaded").min(1),
  question: z.unknown(),
});
export const createQuestionBodySchema = z.strictObject({
  bank: z.string().min(1, "choose a bank"), // a reading's slug, or "synthesis"
  question: z.unknown(),
});
export type SavedQuestion = { id: string; version: number; created: boolean };

const STALE = "Someone else saved this question a moment ago; reload to see their version.";

function fail(field: string, problem: string, code: "BAD_INPUT" | "CONFLICT" = "BAD_INPUT"): never {
  throw new AppError(code, `${field}: ${problem}`, { [field]: problem });
}

/** Every quote verbatim in the reading it names, as the stored body has it (what students will be shown). */
async function checkQuotes(db: Db, question: NormalizedQuestion, quoteIsList: boolean) {
  const slugs = [...new Set(question.sources.map((source) => source.reading))];
  const rows = await db.reading.findMany({ where: { slug: { in: slugs } }, select: { slug: true, body: true } });
  const bodies = new Map(rows.map((row) => [row.slug, row.body]));
  const fields: Record<string, string> = {};
  question.sources.forEach((source, i) => {
    const body = bodies.get(source.reading);
    const problem =
      body === undefined ? `names the reading "${source.reading}", which does not exist`
      : findQuote(body, source.text) ? null
      : `not found in the reading "${source.reading}"`;
    if (problem) fields[quoteIsList ? `quote.${i}` : "quote"] ??= problem;
  });
  const [first] = Object.entries(fields);
  if (first) throw new AppError("BAD_INPUT", `${first[0]}: ${first[1]}`, fields);
}

function checkOrderingDates(question: NormalizedQuestion) {
  if (question.type !== "ordering") return;
  const [issue] = orderingIssues(question);
  if (issue) fail(`items.${issue.position}.date`, issue.message);
}

type CheckInput = { db: Db; input: unknown; bankReading: string | null; id: string; type: string | null };

/**
 * The validation the import gives a question in a bank file. (The own-words rule is the repository's editorial check,
 * run by questions:check only: see check-own-words.ts.)
 */
async function checkEditedQuestion({ db, input, bankReading, id, type }: CheckInput): Promise<NormalizedQuestion> {
  const parsed = parseWith(questionSchema, input);
  if (parsed.id !== id) fail("id", `is ${id} and never changes`);
  if (type && parsed.type !== type) fail("type", `an id never changes type (this is a ${type} question); write a new question instead`);
  const formIssue = quoteFormIssue({ bankReading, quote: parsed.quote });
  if (formIssue) fail("quote", formIssue);
  const question = normalizeQuestion({ question: parsed, reading: bankReading });
  await checkQuotes(db, question, Array.isArray(parsed.quote));
  checkOrderingDates(question);
  return question;
}

function versionData(q: NormalizedQuestion, number: number, authorId: string, now: Date) {
  const { kind, difficulty, tags, prompt } = q;
  const hash = contentHash(q);
  return { questionId: q.id, number, contentHash: hash, content: q as object, kind, difficulty, tags, prompt, createdBy: "editor", authorId, createdAt: now };
}

type SaveInput = { db?: Db; questionId: string; input: unknown; expectedVersion: number; authorId: string; now: Date };

/**
 * Saves the editor's content as version n+1. Idempotent: content equal to the current version writes nothing, so a
 * retried save (its response lost) gets the version it made. `expectedVersion` is the version the editor loaded;
 * anything else means someone saved in between, and the save is refused rather than silently replacing theirs.
 */
export async function saveQuestionVersion({ db = prisma, questionId, input, expectedVersion, authorId, now }: SaveInput): Promise<SavedQuestion> {
  const stored = await db.question.findUnique({ where: { id: questionId }, select: { type: true, reading: { select: { slug: true } } } });
  if (!stored) throw new AppError("NOT_FOUND", "Question not found.");
  const question = await checkEditedQuestion({ db, input, bankReading: stored.reading?.slug ?? null, id: questionId, type: stored.type });
  const hash = contentHash(question);
  try {
    return await db.$transaction(async (tx) => {
      // Concurrent saves of one question queue on this row lock, so each one sees the version the previous wrote.
      await tx.$queryRaw`SELECT 1 FROM "Question" WHERE id = ${questionId} FOR UPDATE`;
      const current = await tx.question.findUniqueOrThrow({
        where: { id: questionId },
        select: { retiredAt: true, currentVersion: { select: { number: true, contentHash: true } }, _count: { select: { versions: true } } },
      });
      if (current.retiredAt) throw new AppError("CONFLICT", "This question is retired: it can be read but not edited.");
      const version = current.currentVersion?.number ?? 0;
      if (current.currentVersion?.contentHash === hash) return { id: questionId, version, created: false };
      if (version !== expectedVersion) throw new AppError("CONFLICT", STALE);
      const number = current._count.versions + 1; // 1..n without gaps, as the import numbers them
      const row = await tx.questionVersion.create({ data: versionData(question, number, authorId, now), select: { id: true } });
      await tx.question.update({ where: { id: questionId }, data: { currentVersionId: row.id } });
      const audit = { version: number, contentHash: hash };
      await tx.auditLog.create({ data: { actorId: authorId, action: "question.edit", targetType: "Question", targetId: questionId, data: audit, createdAt: now } });
      return { id: questionId, version: number, created: true };
    });
  } catch (e) {
    // The @@unique([questionId, number]) backstop, e.g. against an import writing this question at the same moment.
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", STALE);
    throw e;
  }
}

/** The bank's prefix (the one most of its ids use), numbered after every id with it, retired ones too: never reused. */
async function nextQuestionId(db: Db, readingId: string | null): Promise<string> {
  const counts = new Map<string, number>();
  for (const { id } of await db.question.findMany({ where: { readingId }, select: { id: true } })) {
    const prefix = id.split("-")[0];
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const prefix = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!prefix) fail("id", "this bank has no questions yet, so there is no number to continue: type an id such as abc-001");
  const taken = await db.question.findMany({ where: { id: { startsWith: `${prefix}-` } }, select: { id: true } });
  const last = Math.max(0, ...taken.map((q) => Number(q.id.slice(prefix.length + 1))).filter(Number.isInteger));
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

type CreateInput = { db?: Db; bank: string; input: unknown; authorId: string; now: Date };

/**
 * A question written in the app (origin "editor"): version 1, by this author. The id is the one the instructor typed
 * (taken → CONFLICT) or, left empty, the bank's next free number (taken a moment ago by someone else → the next one).
 */
export async function createQuestion({ db = prisma, bank, input, authorId, now }: CreateInput): Promise<SavedQuestion> {
  const reading = bank === SYNTHESIS_DIR ? null : await db.reading.findUnique({ where: { slug: bank }, select: { id: true, slug: true } });
  if (bank !== SYNTHESIS_DIR && !reading) fail("bank", `there is no reading "${bank}"`);
  const readingId = reading?.id ?? null;
  const typed = (input as { id?: unknown } | null)?.id;
  const chosen = typeof typed === "string" && typed.trim() !== "" ? typed.trim() : null;
  const placeholder = chosen ?? "new-001"; // validated before a number is spent on it
  const checked = await checkEditedQuestion({ db, input: { ...(input as object), id: placeholder }, bankReading: reading?.slug ?? null, id: placeholder, type: null });
  const twin = await findJustCreated(db, checked, readingId, authorId, now);
  if (twin && (!chosen || twin === chosen)) return { id: twin, version: 1, created: false };
  for (let attempt = 0; ; attempt++) {
    const question = { ...checked, id: chosen ?? (await nextQuestionId(db, readingId)) };
    try {
      return await db.$transaction(async (tx) => {
        await tx.question.create({ data: { id: question.id, type: question.type, readingId, origin: "editor", createdAt: now } });
        const row = await tx.questionVersion.create({ data: versionData(question, 1, authorId, now), select: { id: true } });
        await tx.question.update({ where: { id: question.id }, data: { currentVersionId: row.id } });
        const audit = { version: 1, contentHash: contentHash(question) };
        await tx.auditLog.create({ data: { actorId: authorId, action: "question.create", targetType: "Question", targetId: question.id, data: audit, createdAt: now } });
        return { id: question.id, version: 1, created: true };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (chosen || attempt >= 4) fail("id", `${question.id} is already taken (ids are never reused); choose another or leave it empty`, "CONFLICT");
    }
  }
}
