import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { copyQuestion } from "@/lib/questions/copy-question";
import { createQuestion } from "@/lib/questions/create-question";
import { restoreQuestionVersion, saveQuestionVersion } from "@/lib/questions/edit-question";
import { getQuestionEditor, getQuestionVersion } from "@/lib/questions/editor-queries";
import { getBankQuestions } from "@/lib/questions/export-bank";
import { importQuestionBanks } from "@/lib/questions/import-banks";
import { loadQuestionFiles } from "@/lib/questions/load-files";
import type { Actor } from "@/lib/questions/ownership";
import { setQuizOnly, setRetired } from "@/lib/questions/question-flags";
import { getQuestionPreview, getReadingWithCitations, searchBank } from "@/lib/questions/queries";
import type { Question } from "@/lib/questions/schema";
import { createInstructor } from "../factories";
import { removeOwnedQuestions } from "./owned-questions";

// Decision 008: a person changes only what they own; an instructor's edit of a shipped question becomes their copy.
const files = loadQuestionFiles(path.resolve(import.meta.dirname, "../.."));
const NOW = new Date("2026-11-29T12:00:00Z");
const READING = "abe-courts-putin-2016";
let a: Actor;
let b: Actor;
let admin: Actor;

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: AppError) => e);
const versionCount = (questionId: string) => prisma.questionVersion.count({ where: { questionId } });

async function loaded(id: string, actor: Actor): Promise<{ version: number; question: Question }> {
  const editor = await getQuestionEditor({ questionId: id, actor });
  return { version: editor!.version, question: editor!.question };
}

async function editAsCopy(id: string, actor: Actor, suffix: string) {
  const { version, question } = await loaded(id, actor);
  return saveQuestionVersion({ db: prisma, questionId: id, input: { ...question, prompt: `${question.prompt} ${suffix}` }, expectedVersion: version, actor, now: NOW });
}

beforeAll(async () => {
  await importQuestionBanks({ db: prisma, files, now: NOW });
  const [ua, ub, uc] = await Promise.all([createInstructor(prisma), createInstructor(prisma), createInstructor(prisma)]);
  await prisma.user.update({ where: { id: uc.id }, data: { role: "ADMIN" } });
  a = { id: ua.id, role: "INSTRUCTOR" };
  b = { id: ub.id, role: "INSTRUCTOR" };
  admin = { id: uc.id, role: "ADMIN" };
});

afterAll(async () => {
  await removeOwnedQuestions([a.id, b.id, admin.id]);
});

describe("an instructor's edit of a shipped question", () => {
  it("makes their copy (v1 = the shipped content, v2 = the edit) and leaves the shipped question as it was", async () => {
    const shippedBefore = await prisma.question.findUniqueOrThrow({ where: { id: "chel-010" }, select: { currentVersionId: true, currentVersion: { select: { content: true } } } });
    const count = await versionCount("chel-010");
    const saved = await editAsCopy("chel-010", a, "(A's wording)");
    expect(saved).toMatchObject({ id: expect.stringMatching(/^chel-010~[0-9a-f]{6}$/), version: 2, created: true, copiedFrom: "chel-010" });
    expect(await versionCount("chel-010")).toBe(count);
    expect((await prisma.question.findUniqueOrThrow({ where: { id: "chel-010" }, select: { currentVersionId: true } })).currentVersionId).toBe(shippedBefore.currentVersionId);
    const copy = await prisma.question.findUniqueOrThrow({
      where: { id: saved.id },
      select: { ownerId: true, forkOfId: true, origin: true, versions: { select: { number: true, createdBy: true, authorId: true, content: true }, orderBy: { number: "asc" } } },
    });
    expect(copy).toMatchObject({ ownerId: a.id, forkOfId: "chel-010", origin: "editor" });
    expect(copy.versions.map((v) => [v.number, v.createdBy, v.authorId])).toEqual([[1, "copy", a.id], [2, "editor", a.id]]);
    expect(copy.versions[0].content).toEqual({ ...(shippedBefore.currentVersion!.content as object), id: saved.id });
    expect((copy.versions[1].content as { prompt: string }).prompt).toMatch(/\(A's wording\)$/);
  });

  it("refuses a second copy (naming the first), while 'Make my copy' again gives the same copy", async () => {
    const mine = await prisma.question.findUniqueOrThrow({ where: { forkOfId_ownerId: { forkOfId: "chel-010", ownerId: a.id } }, select: { id: true } });
    expect(await failure(editAsCopy("chel-010", a, "(again)"))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining(mine.id) });
    expect(await copyQuestion({ db: prisma, questionId: "chel-010", actor: a, now: NOW })).toMatchObject({ id: mine.id, created: false });
  });

  it("makes exactly one copy when several requests arrive at once", async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => copyQuestion({ db: prisma, questionId: "chel-011", actor: b, now: NOW })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.question.count({ where: { forkOfId: "chel-011", ownerId: b.id } })).toBe(1);
  });

  it("lets an administrator change the shipped question in place, and no one else", async () => {
    const { version, question } = await loaded("chel-012", admin);
    const saved = await saveQuestionVersion({ db: prisma, questionId: "chel-012", input: { ...question, prompt: `${question.prompt} (admin)` }, expectedVersion: version, actor: admin, now: NOW });
    expect(saved).toEqual({ id: "chel-012", version: version + 1, created: true });
    expect(await failure(copyQuestion({ db: prisma, questionId: "chel-012", actor: admin, now: NOW }))).toMatchObject({ code: "CONFLICT" });
  });
});

describe("what another instructor can reach", () => {
  it("never A's copy or own question: 404 to open, save, preview or restore; absent from B's bank, exports and reading", async () => {
    const copy = await prisma.question.findUniqueOrThrow({ where: { forkOfId_ownerId: { forkOfId: "chel-010", ownerId: a.id } }, select: { id: true } });
    const own = await createQuestion({
      db: prisma, bank: READING, actor: a, now: NOW,
      input: { type: "true_false", kind: "event", difficulty: 1, tags: [], prompt: "A's own: did Abe meet Putin in 2016?", answer: true, explanation: "Ours.", quote: (await loaded("chel-001", a)).question.quote },
    });
    expect(own.id).toMatch(/^chel-\d{3}~[0-9a-f]{6}$/);
    expect(await prisma.question.findUniqueOrThrow({ where: { id: own.id }, select: { ownerId: true, forkOfId: true } })).toEqual({ ownerId: a.id, forkOfId: null });
    for (const id of [copy.id, own.id]) {
      expect(await getQuestionEditor({ questionId: id, actor: b })).toBeNull();
      expect(await getQuestionPreview({ id, viewer: b })).toBeNull();
      expect(await getQuestionVersion({ questionId: id, number: 1, actor: b })).toBeNull();
      const { question } = await loaded(id, a);
      expect(await failure(saveQuestionVersion({ db: prisma, questionId: id, input: question, expectedVersion: 1, actor: b, now: NOW }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(restoreQuestionVersion({ db: prisma, questionId: id, version: 1, expectedVersion: 1, actor: b, now: NOW }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(setQuizOnly({ db: prisma, questionId: id, quizOnly: true, actor: b, now: NOW }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(setRetired({ db: prisma, questionId: id, retired: true, actor: b, now: NOW }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await failure(setRetired({ db: prisma, questionId: id, retired: true, actor: admin, now: NOW }))).toMatchObject({ code: "NOT_FOUND" });
    }
    const idsOf = async (viewer: Actor) => (await searchBank({ viewer, readingSlug: READING, page: 1, q: "chel-01" })).questions.map((q) => q.id);
    expect(await idsOf(b)).toContain("chel-010");
    expect(await idsOf(b)).not.toContain(copy.id);
    // A's bank is what A's classes use: the copy stands in for the shipped question.
    expect(await idsOf(a)).toContain(copy.id);
    expect(await idsOf(a)).not.toContain("chel-010");
    const exported = async (viewer: Actor) => (await getBankQuestions({ db: prisma, slug: READING, viewer })).questions.map((q) => q.id);
    expect(await exported(a)).toEqual(expect.arrayContaining([copy.id, own.id]));
    expect(await exported(a)).not.toContain("chel-010");
    expect(await exported(b)).toContain("chel-010");
    expect(await exported(b)).not.toEqual(expect.arrayContaining([copy.id]));
    expect(await exported(b)).not.toEqual(expect.arrayContaining([own.id]));
    const cited = async (viewer?: Actor) => (await getReadingWithCitations({ slug: READING, includeQuestions: true, viewer }))!.citations!.questions.map((q) => q.id);
    expect(await cited(a)).toContain(copy.id);
    expect(await cited(b)).not.toContain(copy.id);
    expect((await cited()).filter((id) => id.includes("~"))).toEqual([]);
  });
});

describe("quiz-only, retiring and restoring", () => {
  it("marks a shipped question quiz-only through the instructor's copy; the shipped one is unchanged", async () => {
    expect(await setQuizOnly({ db: prisma, questionId: "chel-013", quizOnly: false, actor: a, now: NOW })).toEqual({ id: "chel-013", quizOnly: false, copied: false });
    expect(await prisma.question.count({ where: { forkOfId: "chel-013" } })).toBe(0);
    const marked = await setQuizOnly({ db: prisma, questionId: "chel-013", quizOnly: true, actor: a, now: NOW });
    expect(marked).toMatchObject({ id: expect.stringMatching(/^chel-013~/), quizOnly: true, copied: true });
    expect(await prisma.question.findUniqueOrThrow({ where: { id: "chel-013" }, select: { quizOnly: true } })).toEqual({ quizOnly: false });
    // asked again on the shipped id, the choice lands on the same copy
    expect(await setQuizOnly({ db: prisma, questionId: "chel-013", quizOnly: false, actor: a, now: NOW })).toEqual({ id: marked.id, quizOnly: false, copied: false });
    expect(await prisma.question.findUniqueOrThrow({ where: { id: marked.id }, select: { quizOnly: true } })).toEqual({ quizOnly: false });
  });

  it("retires and restores only what one owns; a retired copy gives the instructor's bank the shipped question back", async () => {
    const copy = await prisma.question.findUniqueOrThrow({ where: { forkOfId_ownerId: { forkOfId: "chel-013", ownerId: a.id } }, select: { id: true } });
    expect(await failure(setRetired({ db: prisma, questionId: "chel-013", retired: true, actor: a, now: NOW }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(setRetired({ db: prisma, questionId: "chel-013", retired: true, actor: admin, now: NOW }))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/bank\.yaml/) });
    expect(await setRetired({ db: prisma, questionId: copy.id, retired: true, actor: a, now: NOW })).toEqual({ id: copy.id, retired: true });
    const ids = async () => (await searchBank({ viewer: a, q: "chel-013" })).questions.map((q) => q.id);
    expect(await ids()).toEqual(["chel-013"]);
    const { question } = await loaded(copy.id, a);
    expect(await failure(saveQuestionVersion({ db: prisma, questionId: copy.id, input: { ...question, prompt: "Edited while retired" }, expectedVersion: 1, actor: a, now: NOW }))).toMatchObject({ code: "CONFLICT" });
    await setRetired({ db: prisma, questionId: copy.id, retired: false, actor: a, now: NOW });
    expect(await ids()).toEqual([copy.id]);
  });

  it("restores a past version as a new version with the old content, and refuses a stale or missing one", async () => {
    const copy = await prisma.question.findUniqueOrThrow({ where: { forkOfId_ownerId: { forkOfId: "chel-010", ownerId: a.id } }, select: { id: true } });
    const v1 = await getQuestionVersion({ questionId: copy.id, number: 1, actor: a });
    expect(v1).toMatchObject({ number: 1, createdBy: "copy", current: { number: 2 } });
    expect(await failure(restoreQuestionVersion({ db: prisma, questionId: copy.id, version: 1, expectedVersion: 1, actor: a, now: NOW }))).toMatchObject({ code: "CONFLICT" });
    expect(await failure(restoreQuestionVersion({ db: prisma, questionId: copy.id, version: 9, expectedVersion: 2, actor: a, now: NOW }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await restoreQuestionVersion({ db: prisma, questionId: copy.id, version: 1, expectedVersion: 2, actor: a, now: NOW })).toEqual({ id: copy.id, version: 3, created: true });
    const v3 = await getQuestionVersion({ questionId: copy.id, number: 3, actor: a });
    expect(v3).toMatchObject({ createdBy: "restore", question: v1!.question });
  });

  it("survives an import: the files never touch an instructor's questions", async () => {
    const before = await prisma.question.findMany({ where: { ownerId: a.id }, select: { id: true, retiredAt: true, currentVersionId: true }, orderBy: { id: "asc" } });
    const report = await importQuestionBanks({ db: prisma, files, now: NOW });
    expect(report.questions.retired).toBe(0);
    expect(await prisma.question.findMany({ where: { ownerId: a.id }, select: { id: true, retiredAt: true, currentVersionId: true }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
