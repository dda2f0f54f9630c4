// `npm run questions:import`, the seed and `npm start` all call this: validate everything, then write it in one
// transaction. Bad files never half-import; running it twice changes nothing the second time.
import { randomUUID } from "node:crypto";
import type { Db, DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { syncCards } from "@/lib/srs/sync-cards";
import { contentHash } from "./content-hash";
import type { QuestionFiles } from "./question-files";
import type { NormalizedQuestion, QuestionType } from "./schema";
import { validateBanks, type CheckedReadingContent, type ValidationError } from "./validate";

type Counts = { created: number; updated: number; unchanged: number };
export type ImportReport = { readings: Counts; questions: Counts & { retired: number; restored: number } };

export class ImportRejected extends AppError {
  constructor(readonly errors: ValidationError[]) {
    super("BAD_INPUT", `The question files have ${errors.length} problem(s); nothing was imported.`);
  }
}

async function upsertReadings(tx: DbTx, readings: CheckedReadingContent[], counts: Counts) {
  const ids = new Map<string, string>();
  for (const { slug, meta, body } of readings) {
    const hash = contentHash({ meta, body });
    const data = { ...meta, notes: meta.notes ?? null, body, contentHash: hash };
    const existing = await tx.reading.findUnique({ where: { slug }, select: { id: true, contentHash: true } });
    if (!existing) counts.created++;
    else if (existing.contentHash === hash) counts.unchanged++;
    else counts.updated++;
    const row = existing?.contentHash === hash ? existing : await tx.reading.upsert({ where: { slug }, create: data, update: data, select: { id: true } });
    ids.set(slug, row.id);
  }
  return ids;
}

function versionRow(q: NormalizedQuestion, number: number, hash: string) {
  return {
    id: randomUUID(),
    questionId: q.id,
    number,
    contentHash: hash,
    content: q as object,
    kind: q.kind,
    difficulty: q.difficulty,
    tags: q.tags,
    prompt: q.prompt,
    createdBy: "import",
  };
}

async function writeQuestions(tx: DbTx, questions: NormalizedQuestion[], readingIds: Map<string, string>, now: Date) {
  const report = { created: 0, updated: 0, unchanged: 0, retired: 0, restored: 0 };
  const existing = new Map(
    (await tx.question.findMany({
      select: { id: true, origin: true, lastImportedHash: true, retiredAt: true, currentVersion: { select: { contentHash: true } }, _count: { select: { versions: true } } },
    })).map((q) => [q.id, q]),
  );
  const newQuestions = [];
  const versions = [];
  const touched: string[] = [];
  for (const q of questions) {
    const hash = contentHash(q);
    const row = existing.get(q.id);
    if (!row) {
      newQuestions.push({ id: q.id, type: q.type, readingId: q.reading ? readingIds.get(q.reading)! : null, origin: "file", lastImportedHash: hash });
      versions.push(versionRow(q, 1, hash));
      touched.push(q.id);
      report.created++;
      continue;
    }
    const fileChanged = row.lastImportedHash !== hash;
    if (row.retiredAt) report.restored++;
    else if (fileChanged && row.currentVersion?.contentHash !== hash) report.updated++;
    else report.unchanged++;
    // An unchanged file never overwrites a newer in-app edit; a changed file wins (the files are the source of truth).
    if (fileChanged && row.currentVersion?.contentHash !== hash) {
      versions.push(versionRow(q, row._count.versions + 1, hash));
      touched.push(q.id);
    }
    // A question written in the app and then exported into the files is from now on the files' (origin "file").
    if (fileChanged || row.retiredAt || row.origin !== "file") {
      await tx.question.update({ where: { id: q.id }, data: { origin: "file", lastImportedHash: hash, retiredAt: null, readingId: q.reading ? readingIds.get(q.reading)! : null } });
    }
  }
  await tx.question.createMany({ data: newQuestions });
  await tx.questionVersion.createMany({ data: versions });
  if (touched.length) {
    await tx.$executeRaw`
      UPDATE "Question" q SET "currentVersionId" = v.id
      FROM "QuestionVersion" v
      WHERE v."questionId" = q.id AND q.id = ANY(${touched})
        AND v.number = (SELECT max(number) FROM "QuestionVersion" WHERE "questionId" = q.id)`;
  }
  const retired = await tx.question.updateMany({
    where: { origin: "file", retiredAt: null, id: { notIn: questions.map((q) => q.id) } },
    data: { retiredAt: now },
  });
  report.retired = retired.count;
  return report;
}

export async function importQuestionBanks({ db, files, now }: { db: Db; files: QuestionFiles; now: Date }): Promise<ImportReport> {
  const knownTypes = new Map((await db.question.findMany({ select: { id: true, type: true } })).map((q) => [q.id, q.type as QuestionType]));
  const result = validateBanks({ ...files, knownTypes });
  if (result.errors.length) throw new ImportRejected(result.errors);
  return db.$transaction(
    async (tx) => {
      const readings: Counts = { created: 0, updated: 0, unchanged: 0 };
      const readingIds = await upsertReadings(tx, result.readings, readings);
      const questions = await writeQuestions(tx, result.questions.map((c) => c.question), readingIds, now);
      await syncCards({ db: tx, now }); // new questions of assigned readings become cards (lib/srs/sync-cards.ts)
      return { readings, questions };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
