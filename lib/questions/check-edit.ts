// The validation an edit in the app gets: the same as a question in a bank file (same zod schema, quotes found in the
// stored reading body, ordering dates in order), with every problem named by its field.
import type { Db, DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseWith } from "@/lib/parse-input";
import { contentHash } from "./content-hash";
import { findQuote } from "./normalize-text";
import { baseIdOf } from "./question-id";
import { normalizeQuestion, questionSchema, quoteFormIssue, type NormalizedQuestion } from "./schema";
import { orderingIssues } from "./validate-questions";

export function fail(field: string, problem: string, code: "BAD_INPUT" | "CONFLICT" = "BAD_INPUT"): never {
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
 * run by questions:check only: see check-own-words.ts.) An owned id ("dip-001~3fa9c2") is checked as its base id,
 * the form the files' schema knows, and kept.
 */
export async function checkEditedQuestion({ db, input, bankReading, id, type }: CheckInput): Promise<NormalizedQuestion> {
  const typedId = (input as { id?: unknown } | null)?.id;
  if (typedId !== undefined && typedId !== id) fail("id", `is ${id} and never changes`);
  const parsed = parseWith(questionSchema, { ...(input as object), id: baseIdOf(id) });
  if (type && parsed.type !== type) fail("type", `an id never changes type (this is a ${type} question); write a new question instead`);
  const formIssue = quoteFormIssue({ bankReading, quote: parsed.quote });
  if (formIssue) fail("quote", formIssue);
  const question = { ...normalizeQuestion({ question: parsed, reading: bankReading }), id };
  await checkQuotes(db, question, Array.isArray(parsed.quote));
  checkOrderingDates(question);
  return question;
}

/** "editor": written in the app; "copy": a shipped question's content as an instructor's copy starts; "restore". */
export type VersionOrigin = "editor" | "copy" | "restore";

export function versionData(q: NormalizedQuestion, number: number, createdBy: VersionOrigin, authorId: string, now: Date) {
  const { kind, difficulty, tags, prompt } = q;
  return { questionId: q.id, number, contentHash: contentHash(q), content: q as object, kind, difficulty, tags, prompt, createdBy, authorId, createdAt: now };
}

/** Writes version `number` and points the question at it (inside the caller's transaction). */
export async function addVersion(tx: DbTx, q: NormalizedQuestion, number: number, createdBy: VersionOrigin, authorId: string, now: Date) {
  const row = await tx.questionVersion.create({ data: versionData(q, number, createdBy, authorId, now), select: { id: true } });
  await tx.question.update({ where: { id: q.id }, data: { currentVersionId: row.id } });
}
