import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { createQuestion } from "@/lib/questions/create-question";
import { saveQuestionVersion } from "@/lib/questions/edit-question";
import type { Actor } from "@/lib/questions/ownership";
import { getQuestionEditor } from "@/lib/questions/editor-queries";
import { compareQuestionIds, formatBank, getBankQuestions } from "@/lib/questions/export-bank";
import { importQuestionBanks } from "@/lib/questions/import-banks";
import { loadQuestionFiles } from "@/lib/questions/load-files";
import { parseBank } from "@/lib/questions/parse-files";
import type { QuestionFiles } from "@/lib/questions/question-files";
import { normalizeQuestion, type NormalizedQuestion, type Question } from "@/lib/questions/schema";
import { createInstructor } from "../factories";

const files = loadQuestionFiles(path.resolve(import.meta.dirname, "../.."));
const NOW = new Date("2026-11-23T12:00:00Z");
const BANK = "abe-courts-putin-2016";
let authorId = "";
// An administrator changes shipped questions in place (an instructor gets a copy: question-ownership.test.ts).
let actor: Actor;

// The integration files share one database, and question-import.test.ts counts versions: this file puts back every
// row it changed. (Only a test may delete versions; the app never does.)
type Snapshot = { questions: Map<string, { currentVersionId: string | null; lastImportedHash: string | null; retiredAt: Date | null }>; versionIds: string[] };
let snapshot: Snapshot;

async function takeSnapshot(): Promise<Snapshot> {
  const questions = await prisma.question.findMany({ select: { id: true, currentVersionId: true, lastImportedHash: true, retiredAt: true } });
  const versions = await prisma.questionVersion.findMany({ select: { id: true } });
  return { questions: new Map(questions.map(({ id, ...rest }) => [id, rest])), versionIds: versions.map((v) => v.id) };
}

async function restore({ questions, versionIds }: Snapshot) {
  const now = await prisma.question.findMany({ select: { id: true } });
  const added = now.map((q) => q.id).filter((id) => !questions.has(id));
  await prisma.question.updateMany({ where: { id: { in: added } }, data: { currentVersionId: null } });
  for (const q of await prisma.question.findMany({ where: { id: { in: [...questions.keys()] } }, select: { id: true, currentVersionId: true, lastImportedHash: true, retiredAt: true } })) {
    const before = questions.get(q.id)!;
    const changed = (Object.keys(before) as (keyof typeof before)[]).some((k) => String(q[k]) !== String(before[k]));
    if (changed) await prisma.question.update({ where: { id: q.id }, data: before });
  }
  await prisma.questionVersion.deleteMany({ where: { id: { notIn: versionIds } } });
  await prisma.question.deleteMany({ where: { id: { in: added } } });
  await prisma.auditLog.deleteMany({ where: { actorId: authorId } });
}

async function loaded(id: string): Promise<{ version: number; question: Question }> {
  const editor = await getQuestionEditor({ questionId: id, actor });
  return { version: editor!.version, question: editor!.question };
}

const save = (questionId: string, input: unknown, expectedVersion: number) =>
  saveQuestionVersion({ db: prisma, questionId, input, expectedVersion, actor, now: NOW });
const versionCount = (questionId: string) => prisma.questionVersion.count({ where: { questionId } });
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: AppError) => e);
const withPrompt = (question: Question, suffix: string) => ({ ...question, prompt: `${question.prompt} ${suffix}` });

beforeAll(async () => {
  await importQuestionBanks({ db: prisma, files, now: NOW });
  authorId = (await createInstructor(prisma)).id;
  await prisma.user.update({ where: { id: authorId }, data: { role: "ADMIN" } });
  actor = { id: authorId, role: "ADMIN" };
  snapshot = await takeSnapshot();
});

afterAll(async () => {
  if (snapshot) await restore(snapshot);
});

describe("saving an edited question", () => {
  it("makes version n+1 by its author, points the question at it, and leaves the old version as it was", async () => {
    const { version, question } = await loaded("chel-003");
    const old = await prisma.questionVersion.findUniqueOrThrow({ where: { questionId_number: { questionId: "chel-003", number: version } } });
    expect(await save("chel-003", withPrompt(question, "(edited)"), version)).toEqual({ id: "chel-003", version: version + 1, created: true });
    const current = await prisma.question.findUniqueOrThrow({ where: { id: "chel-003" }, select: { currentVersion: true } });
    expect(current.currentVersion).toMatchObject({ number: version + 1, createdBy: "editor", authorId, prompt: `${question.prompt} (edited)` });
    expect(await prisma.questionVersion.findUniqueOrThrow({ where: { id: old.id } })).toEqual(old);
    const audit = await prisma.auditLog.findFirst({ where: { action: "question.edit", targetId: "chel-003", actorId: authorId } });
    expect(audit?.data).toMatchObject({ version: version + 1 });
  });

  it("writes nothing for unchanged content, so a retried save gets the version it made", async () => {
    const { version, question } = await loaded("chel-003");
    const count = await versionCount("chel-003");
    expect(await save("chel-003", question, version)).toEqual({ id: "chel-003", version, created: false });
    // the retry of the save above still carries the version number it was based on
    expect(await save("chel-003", question, version - 1)).toEqual({ id: "chel-003", version, created: false });
    expect(await versionCount("chel-003")).toBe(count);
  });

  it("refuses a quote that is not in the reading, naming the field, and writes nothing", async () => {
    const { version, question } = await loaded("chel-004");
    const count = await versionCount("chel-004");
    const err = await failure(save("chel-004", { ...question, quote: "Words the article never says." }, version));
    expect(err).toMatchObject({ code: "BAD_INPUT", message: `quote: not found in the reading "${BANK}"`, fields: { quote: `not found in the reading "${BANK}"` } });
    const syn = await loaded("syn-002");
    const quote = (syn.question.quote as { reading: string; text: string }[]).map((q, i) => (i === 1 ? { ...q, text: "Not in it either." } : q));
    expect(await failure(save("syn-002", { ...syn.question, quote }, syn.version))).toMatchObject({ code: "BAD_INPUT", fields: { "quote.1": expect.stringMatching(/^not found in the reading/) } });
    expect(await versionCount("chel-004")).toBe(count);
  });

  it("refuses what the files refuse: a schema error, a changed type, a changed id", async () => {
    const { version, question } = await loaded("chel-005");
    expect(question.type).toBe("true_false");
    expect(await failure(save("chel-005", { ...question, difficulty: 4 }, version))).toMatchObject({ code: "BAD_INPUT", fields: { difficulty: expect.any(String) } });
    const retyped = { ...question, type: "short", answer: "true" };
    expect(await failure(save("chel-005", retyped, version))).toMatchObject({ code: "BAD_INPUT", fields: { type: expect.stringMatching(/never changes type/) } });
    expect(await failure(save("chel-005", { ...question, id: "chel-999" }, version))).toMatchObject({ code: "BAD_INPUT", fields: { id: expect.any(String) } });
  });

  it("refuses a save based on a version someone else has since replaced", async () => {
    const { version, question } = await loaded("chel-006");
    await save("chel-006", withPrompt(question, "(first)"), version);
    const err = await failure(save("chel-006", withPrompt(question, "(second)"), version));
    expect(err).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Someone else saved this question/) });
  });

  it("lets exactly one of several simultaneous saves of one version through", async () => {
    const { version, question } = await loaded("chel-007");
    const count = await versionCount("chel-007");
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => save("chel-007", withPrompt(question, `(writer ${n})`), version)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await versionCount("chel-007")).toBe(count + 1);
  });

  it("keeps a retired question read-only", async () => {
    const { version, question } = await loaded("chel-008");
    await prisma.question.update({ where: { id: "chel-008" }, data: { retiredAt: NOW } });
    expect(await failure(save("chel-008", withPrompt(question, "(late)"), version))).toMatchObject({ code: "CONFLICT" });
    await prisma.question.update({ where: { id: "chel-008" }, data: { retiredAt: null } });
  });

  it("keeps the in-app version current when unchanged files are imported again", async () => {
    const { version, question } = await loaded("upd-005");
    await save("upd-005", withPrompt(question, "(in the app)"), version);
    const report = await importQuestionBanks({ db: prisma, files, now: NOW });
    expect(report.questions).toMatchObject({ created: 0, updated: 0, retired: 0 });
    const after = await prisma.question.findUniqueOrThrow({ where: { id: "upd-005" }, select: { currentVersion: { select: { number: true, createdBy: true } } } });
    expect(after.currentVersion).toEqual({ number: version + 1, createdBy: "editor" });
  });
});

describe("creating a question", () => {
  const draft = async () => {
    const { question } = await loaded("chel-001");
    return { type: "short", kind: "event", difficulty: 1, tags: ["editor"], prompt: "Written in the app: who visits?", answer: "Putin", explanation: "Ours.", quote: question.quote };
  };

  it("numbers it after every id of the bank's prefix, as version 1 of an editor question the import leaves alone", async () => {
    const ids = (await prisma.question.findMany({ where: { id: { startsWith: "chel-" } }, select: { id: true } })).map((q) => Number(q.id.slice(5)));
    const expected = `chel-${String(Math.max(...ids) + 1).padStart(3, "0")}`;
    const input = await draft();
    expect(await createQuestion({ db: prisma, bank: BANK, input, actor, now: NOW })).toEqual({ id: expected, version: 1, created: true });
    const row = await prisma.question.findUniqueOrThrow({ where: { id: expected }, select: { origin: true, type: true, retiredAt: true, currentVersion: { select: { number: true, createdBy: true } } } });
    expect(row).toEqual({ origin: "editor", type: "short", retiredAt: null, currentVersion: { number: 1, createdBy: "editor" } });
    // a retried create (its response lost) finds the question instead of making a twin
    expect(await createQuestion({ db: prisma, bank: BANK, input, actor, now: NOW })).toEqual({ id: expected, version: 1, created: false });
    await importQuestionBanks({ db: prisma, files, now: NOW });
    expect((await prisma.question.findUniqueOrThrow({ where: { id: expected } })).retiredAt).toBeNull();
  });

  it("refuses a taken id, and an unknown bank", async () => {
    const input = { ...(await draft()), id: "chel-001", prompt: "Another one" };
    expect(await failure(createQuestion({ db: prisma, bank: BANK, input, actor, now: NOW }))).toMatchObject({ code: "CONFLICT", fields: { id: expect.stringMatching(/already taken/) } });
    expect(await failure(createQuestion({ db: prisma, bank: "no-such-reading", input, actor, now: NOW }))).toMatchObject({ code: "BAD_INPUT", fields: { bank: expect.any(String) } });
  });
});

// After the edits above, so that the export holds in-app versions and an editor-made question.
describe("exporting a bank", () => {
  async function currentVersions(slug: string | null) {
    const rows = await prisma.question.findMany({
      where: { retiredAt: null, ...(slug ? { reading: { slug } } : { readingId: null }) },
      select: { currentVersion: { select: { content: true } } },
    });
    return rows.map((r) => r.currentVersion!.content as NormalizedQuestion).sort((a, b) => compareQuestionIds(a.id, b.id));
  }

  function parsedBack(text: string) {
    const bank = parseBank({ file: "export.yaml", text });
    expect(bank.problems).toEqual([]);
    return bank.questions.map((q) => normalizeQuestion({ question: q.question, reading: bank.reading! }));
  }

  it("writes YAML that parses back to the current versions and, imported, changes nothing", async () => {
    // Each export is written over its bank file and stays there, as a commit would keep it.
    let written: QuestionFiles = files;
    for (const [slug, reading] of [[BANK, BANK], ["synthesis", null]] as const) {
      const yaml = formatBank(await getBankQuestions({ db: prisma, slug, viewer: actor }), "yaml");
      expect(parsedBack(yaml.body)).toEqual(await currentVersions(reading));
      const before = await takeSnapshot();
      written = { ...written, banks: written.banks.map((b) => (b.dir === slug ? { ...b, text: yaml.body } : b)) };
      const report = await importQuestionBanks({ db: prisma, files: written, now: NOW });
      expect(report.questions).toMatchObject({ created: 0, updated: 0, retired: 0 });
      const after = await takeSnapshot();
      expect(after.versionIds.sort()).toEqual(before.versionIds.sort());
      for (const [id, q] of after.questions) expect(q.currentVersionId).toBe(before.questions.get(id)!.currentVersionId);
    }
  });

  it("writes one CSV row, one GIFT question and one Anki note per question", async () => {
    const bank = await getBankQuestions({ db: prisma, slug: BANK, viewer: actor });
    const n = bank.questions.length;
    const orderings = bank.questions.filter((q) => q.type === "ordering").length;
    const csv = formatBank(bank, "csv");
    expect(csv).toMatchObject({ filename: `${BANK}.csv`, contentType: "text/csv; charset=utf-8" });
    const { data, errors } = Papa.parse<Record<string, string>>(csv.body, { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(csv.body.startsWith("\uFEFF")).toBe(true);
    expect(data.map((row) => row.Id)).toEqual(bank.questions.map((q) => q.id));
    const gift = formatBank(bank, "gift").body.split("\n");
    expect(gift.filter((line) => line.startsWith("::"))).toHaveLength(n - orderings);
    expect(gift.filter((line) => line.startsWith("// skipped"))).toHaveLength(orderings);
    expect(formatBank(bank, "anki").body.trimEnd().split("\n")).toHaveLength(3 + n);
  });

  it("says NOT_FOUND for a bank that does not exist", async () => {
    expect(await failure(getBankQuestions({ db: prisma, slug: "no-such-reading", viewer: actor }))).toMatchObject({ code: "NOT_FOUND" });
  });
});
