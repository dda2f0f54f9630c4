import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ImportRejected, importQuestionBanks } from "@/lib/questions/import-banks";
import { loadQuestionFiles } from "@/lib/questions/load-files";
import type { QuestionFiles } from "@/lib/questions/question-files";

// The real banks from questions/, then edited copies of them in memory: what an author's pull request would do.
const files = loadQuestionFiles(path.resolve(import.meta.dirname, "../.."));
const NOW = new Date("2026-11-22T12:00:00Z");
const bankOf = (f: QuestionFiles, dir: string) => f.banks.find((b) => b.dir === dir)!;

function edited(edit: (f: QuestionFiles) => void): QuestionFiles {
  const copy: QuestionFiles = structuredClone(files);
  edit(copy);
  return copy;
}

async function current(id: string) {
  return prisma.question.findUniqueOrThrow({
    where: { id },
    select: { retiredAt: true, currentVersion: { select: { number: true, prompt: true, id: true } }, _count: { select: { versions: true } } },
  });
}

describe("question import", () => {
  beforeAll(async () => {
    await importQuestionBanks({ db: prisma, files, now: NOW });
  });

  it("imports every reading and question once, then changes nothing on a second run", async () => {
    expect(await prisma.reading.count()).toBe(files.readings.length);
    const total = await prisma.question.count();
    expect(total).toBeGreaterThan(300);
    const again = await importQuestionBanks({ db: prisma, files, now: NOW });
    expect(again.questions).toEqual({ created: 0, updated: 0, unchanged: total, retired: 0, restored: 0 });
    expect(again.readings.unchanged).toBe(files.readings.length);
    expect(await prisma.questionVersion.count()).toBe(total);
  });

  it("makes a new version when a question changes, and keeps the old one for history", async () => {
    const before = await current("dip-001");
    const changed = edited((f) => {
      const bank = bankOf(f, "abe-all-in-2016");
      bank.text = bank.text.replace(/(- id: dip-001\n(?:.*\n)*?\s+prompt: )(.*)/, "$1$2 (revised)");
    });
    const report = await importQuestionBanks({ db: prisma, files: changed, now: NOW });
    expect(report.questions.updated).toBe(1);
    const after = await current("dip-001");
    expect(after.currentVersion!.number).toBe(before.currentVersion!.number + 1);
    expect(after.currentVersion!.prompt).toMatch(/\(revised\)$/);
    expect(await prisma.questionVersion.findUnique({ where: { id: before.currentVersion!.id } })).not.toBeNull();
  });

  it("retires a question removed from the files without deleting it, and restores it when it returns", async () => {
    const removed = edited((f) => {
      const bank = bankOf(f, "synthesis");
      bank.text = bank.text.replace(/ {2}- id: syn-038\n[\s\S]*?(?=\n {2}- id: |$)/, "");
    });
    const report = await importQuestionBanks({ db: prisma, files: removed, now: NOW });
    expect(report.questions.retired).toBe(1);
    const retired = await current("syn-038");
    expect(retired.retiredAt).toEqual(NOW);
    expect(retired._count.versions).toBeGreaterThan(0);
    const back = await importQuestionBanks({ db: prisma, files, now: NOW });
    expect(back.questions.restored).toBe(1);
    expect((await current("syn-038")).retiredAt).toBeNull();
  });

  it("adopts an in-app question once it appears in the files, so removing it later retires it", async () => {
    await prisma.question.update({ where: { id: "dip-002" }, data: { origin: "editor" } });
    await importQuestionBanks({ db: prisma, files, now: NOW });
    expect((await prisma.question.findUniqueOrThrow({ where: { id: "dip-002" } })).origin).toBe("file");
  });

  it("rejects the whole import on one bad quote, writing nothing", async () => {
    const versionsBefore = await prisma.questionVersion.count();
    const bad = edited((f) => {
      const bank = bankOf(f, "abe-courts-putin-2016");
      bank.text = bank.text.replace(/(- id: chel-002\n(?:.*\n)*?\s+prompt: )(.*)/, "$1$2 (changed)").replace(/quote: "([^"]{20})/, 'quote: "Invented words. $1');
    });
    const err = await importQuestionBanks({ db: prisma, files: bad, now: NOW }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).errors[0].message).toMatch(/not found/i);
    expect(await prisma.questionVersion.count()).toBe(versionsBefore);
  });

  it("refuses an id whose type changed", async () => {
    const retyped = edited((f) => {
      const bank = bankOf(f, "abe-all-in-2016");
      bank.text = bank.text.replace(/(- id: dip-00\d\n\s+type: )true_false\n\s+kind: (\w+)\n([\s\S]*?)answer: (true|false)/, "$1short\n    kind: $2\n$3answer: \"$4\"");
    });
    const err = await importQuestionBanks({ db: prisma, files: retyped, now: NOW }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRejected);
    expect((err as ImportRejected).errors.map((e) => e.message).join("\n")).toMatch(/never changes type/);
  });
});
