import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { listClassQuestionIds } from "@/lib/questions/class-question-set";
import { copyQuestion } from "@/lib/questions/copy-question";
import { createQuestion } from "@/lib/questions/create-question";
import { importQuestionBanks } from "@/lib/questions/import-banks";
import { loadQuestionFiles } from "@/lib/questions/load-files";
import type { Actor } from "@/lib/questions/ownership";
import { setQuizOnly, setRetired } from "@/lib/questions/question-flags";
import { createClassFor, createInstructor } from "../factories";
import { removeOwnedQuestions } from "./owned-questions";

// Decision 008's rule for which questions a class uses, checked against ids written out by hand.
const files = loadQuestionFiles(path.resolve(import.meta.dirname, "../.."));
const NOW = new Date("2026-11-29T12:00:00Z");
const SLUG = "breakthrough-territorial-dispute-2016";
const instructor = async (): Promise<Actor> => ({ id: (await createInstructor(prisma)).id, role: "INSTRUCTOR" });
let owner: Actor;
let coTeacher: Actor;
let stranger: Actor;
let classId: string;
let readingIds: Map<string, string>;
let shipped: string[];

const copy = async (questionId: string, actor: Actor) => (await copyQuestion({ db: prisma, questionId, actor, now: NOW })).id;
const list = (ids: string[]) => listClassQuestionIds({ db: prisma, classId, readingIds: ids });

beforeAll(async () => {
  await importQuestionBanks({ db: prisma, files, now: NOW });
  [owner, coTeacher, stranger] = await Promise.all([instructor(), instructor(), instructor()]);
  classId = (await createClassFor(prisma, owner.id)).id;
  // the co-teacher joins later, so the owner's copy wins for the class
  await prisma.classInstructor.create({ data: { classId, userId: coTeacher.id, isOwner: false, createdAt: new Date(Date.now() + 60_000) } });
  readingIds = new Map((await prisma.reading.findMany({ select: { id: true, slug: true } })).map((r) => [r.slug, r.id]));
  shipped = (await prisma.question.findMany({ where: { reading: { slug: SLUG }, ownerId: null, retiredAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map((q) => q.id);
});

afterAll(async () => {
  await removeOwnedQuestions([owner.id, coTeacher.id, stranger.id]);
});

describe("listClassQuestionIds", () => {
  it("uses each shipped question unless a class instructor has a live copy (the owner's first); never a stranger's", async () => {
    const [q1, q2, q3, q4] = shipped;
    const coCopy1 = await copy(q1, coTeacher);
    const ownerCopy1 = await copy(q1, owner);
    const coCopy2 = await copy(q2, coTeacher);
    await copy(q3, stranger);
    const retiredCopy4 = await copy(q4, owner);
    await setRetired({ db: prisma, questionId: retiredCopy4, retired: true, actor: owner, now: NOW });
    await setQuizOnly({ db: prisma, questionId: coCopy2, quizOnly: true, actor: coTeacher, now: NOW });
    const quote = (await prisma.questionVersion.findFirstOrThrow({ where: { question: { id: q1 } }, select: { content: true } })).content as { sources: { text: string }[] };
    const input = { type: "true_false", kind: "event", difficulty: 1, prompt: "Ours: is this in the article?", answer: true, explanation: "Ours.", quote: quote.sources[0].text };
    const ownNew = (await createQuestion({ db: prisma, bank: SLUG, input, actor: coTeacher, now: NOW })).id;
    await createQuestion({ db: prisma, bank: SLUG, input: { ...input, prompt: "A stranger's" }, actor: stranger, now: NOW });

    const rows = await list([readingIds.get(SLUG)!]);
    const expected = [ownerCopy1, coCopy2, ...shipped.slice(2), ownNew].sort();
    expect(rows.map((r) => r.id).sort()).toEqual(expected);
    expect(rows.map((r) => r.id)).not.toContain(coCopy1);
    expect(rows.find((r) => r.id === coCopy2)).toMatchObject({ quizOnly: true, forkOfId: q2, readingId: readingIds.get(SLUG) });
    expect(rows.find((r) => r.id === ownNew)).toMatchObject({ quizOnly: false, forkOfId: null });
    const versions = await prisma.question.findMany({ where: { id: { in: expected } }, select: { id: true, currentVersionId: true } });
    for (const v of versions) expect(rows.find((r) => r.id === v.id)!.versionId).toBe(v.currentVersionId);
  });

  it("leaves retired questions out, and falls back to the shipped question when the chosen copy is retired", async () => {
    const [q1] = shipped;
    const ownerCopy1 = (await prisma.question.findUniqueOrThrow({ where: { forkOfId_ownerId: { forkOfId: q1, ownerId: owner.id } }, select: { id: true } })).id;
    const coCopy1 = (await prisma.question.findUniqueOrThrow({ where: { forkOfId_ownerId: { forkOfId: q1, ownerId: coTeacher.id } }, select: { id: true } })).id;
    await setRetired({ db: prisma, questionId: ownerCopy1, retired: true, actor: owner, now: NOW });
    expect((await list([readingIds.get(SLUG)!])).map((r) => r.id)).toContain(coCopy1);
    await setRetired({ db: prisma, questionId: coCopy1, retired: true, actor: coTeacher, now: NOW });
    const ids = (await list([readingIds.get(SLUG)!])).map((r) => r.id);
    expect(ids).toContain(q1);
    expect(ids).not.toEqual(expect.arrayContaining([ownerCopy1]));
    await prisma.question.update({ where: { id: shipped[5] }, data: { retiredAt: NOW } });
    try {
      expect((await list([readingIds.get(SLUG)!])).map((r) => r.id)).not.toContain(shipped[5]);
    } finally {
      await prisma.question.update({ where: { id: shipped[5] }, data: { retiredAt: null } });
    }
  });

  it("includes a synthesis question only when every reading it cites is among the readings", async () => {
    const syn = await prisma.question.findUniqueOrThrow({ where: { id: "syn-001" }, select: { currentVersion: { select: { content: true } } } });
    const cited = [...new Set((syn.currentVersion!.content as { sources: { reading: string }[] }).sources.map((s) => s.reading))];
    expect(cited.length).toBeGreaterThan(1);
    const all = await list(cited.map((slug) => readingIds.get(slug)!));
    expect(all.find((r) => r.id === "syn-001")).toMatchObject({ readingId: null });
    const missingOne = await list(cited.slice(1).map((slug) => readingIds.get(slug)!));
    expect(missingOne.map((r) => r.id)).not.toContain("syn-001");
    expect(await list([])).toEqual([]);
  });
});
