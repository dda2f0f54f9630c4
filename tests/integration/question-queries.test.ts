import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { importQuestionBanks } from "@/lib/questions/import-banks";
import { loadQuestionFiles } from "@/lib/questions/load-files";
import { normalizeText } from "@/lib/questions/normalize-text";
import { seededShuffle } from "@/lib/shuffle";
import {
  BANK_PAGE_SIZE,
  getQuestionPreview,
  getReadingWithCitations,
  listReadings,
  searchBank,
  type BankFilters,
} from "@/lib/questions/queries";

const files = loadQuestionFiles(path.resolve(import.meta.dirname, "../.."));
const NOW = new Date("2026-11-22T12:00:00Z");
const SLUG = "abe-all-in-2016";

// An instructor without questions of their own: their bank is the shipped one.
const viewer = { id: "no-such-user", role: "INSTRUCTOR" as const };

/** Every page of a search, so assertions cover the whole result set and not only the first page. */
async function searchAll(filters: BankFilters) {
  const first = await searchBank({ ...filters, viewer });
  const rest = await Promise.all(
    Array.from({ length: first.pageCount - 1 }, (_, i) => searchBank({ ...filters, viewer, page: i + 2 })),
  );
  return { total: first.total, questions: [first, ...rest].flatMap((r) => r.questions) };
}

// Independent of the queries under test: raw SQL over the stored JSON content, not the Prisma filters or columns.
async function countCurrent(condition: string, ...values: unknown[]) {
  const rows = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM "Question" q JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
     WHERE q."retiredAt" IS NULL AND q."ownerId" IS NULL AND ${condition}`,
    ...values,
  );
  return Number(rows[0].n);
}

describe("question queries", () => {
  beforeAll(async () => {
    await importQuestionBanks({ db: prisma, files, now: NOW });
  });

  it("filters by kind in SQL: every result is a date question, and all of them are there", async () => {
    const { total, questions } = await searchAll({ kind: "date" });
    expect(total).toBeGreaterThan(0);
    expect(questions).toHaveLength(total);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(["date"]));
    expect(total).toBe(await countCurrent(`v.content->>'kind' = $1`, "date"));
  });

  it("pages through the whole bank, each question once", async () => {
    const { total, questions } = await searchAll({});
    expect(total).toBeGreaterThan(BANK_PAGE_SIZE);
    expect(new Set(questions.map((q) => q.id)).size).toBe(total);
    expect(total).toBe(await countCurrent("true"));
  });

  it("combines reading, type and difficulty; a reading includes the synthesis questions that cite it", async () => {
    const { total, questions } = await searchAll({ readingSlug: SLUG, type: "mcq", difficulty: 2 });
    const expected = await countCurrent(
      `v.content->>'type' = 'mcq' AND (v.content->>'difficulty')::int = 2
       AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.content->'sources') s WHERE s->>'reading' = $1)`,
      SLUG,
    );
    expect(total).toBe(expected);
    expect(questions.every((q) => q.type === "mcq" && q.difficulty === 2)).toBe(true);
    const synthesis = await searchAll({ readingSlug: SLUG });
    expect(synthesis.questions.some((q) => q.reading === null)).toBe(true);
    const onlySynthesis = await searchAll({ readingSlug: "synthesis" });
    expect(onlySynthesis.total).toBe(await countCurrent(`q."readingId" IS NULL`));
  });

  it("searches prompts without regard to case, and filters by tag", async () => {
    const { questions } = await searchAll({ q: "SOCHI" });
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.every((q) => /sochi/i.test(q.prompt) || /sochi/i.test(q.id))).toBe(true);
    expect((await searchBank({ q: "_", viewer })).total).toBe(await countCurrent(`strpos(v.content->>'prompt', '_') > 0`));
    const tagged = await searchAll({ tag: "sochi" });
    expect(tagged.total).toBe(await countCurrent(`EXISTS (SELECT 1 FROM jsonb_array_elements_text(v.content->'tags') t WHERE t = $1)`, "sochi"));
    expect(tagged.questions.every((q) => q.tags.includes("sochi"))).toBe(true);
  });

  it("leaves retired questions out unless asked, in the bank and on the reading", async () => {
    await prisma.question.update({ where: { id: "dip-001" }, data: { retiredAt: NOW } });
    try {
      expect((await searchBank({ q: "dip-001", viewer })).questions.map((q) => q.id)).toEqual([]);
      const withRetired = await searchBank({ q: "dip-001", includeRetired: true, viewer });
      expect(withRetired.questions.map((q) => [q.id, q.isRetired])).toEqual([["dip-001", true]]);
      const reading = await getReadingWithCitations({ slug: SLUG, includeQuestions: true });
      expect(reading!.citations!.questions.map((q) => q.id)).not.toContain("dip-001");
      expect(reading!.citations!.ranges.map((r) => r.questionId)).not.toContain("dip-001");
    } finally {
      await prisma.question.update({ where: { id: "dip-001" }, data: { retiredAt: null } });
    }
  });

  it("gives the instructor each citing question with ranges that hold its quote, synthesis questions included", async () => {
    const reading = await getReadingWithCitations({ slug: SLUG, includeQuestions: true });
    const { citations, blocks } = reading!;
    const body = await prisma.reading.findUniqueOrThrow({ where: { slug: SLUG }, select: { body: true } });
    expect(citations!.questions.length).toBe(await countCurrent(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(v.content->'sources') s WHERE s->>'reading' = $1)`, SLUG,
    ));
    const syn = citations!.questions.find((q) => q.id === "syn-001");
    expect(syn).toMatchObject({ isSynthesis: true });
    const synRange = citations!.ranges.find((r) => r.questionId === "syn-001")!;
    expect(normalizeText(body.body.slice(synRange.start, synRange.end))).toBe(
      normalizeText("Continuing to break ranks with the G7’s sanctions policies, Abe is intent on ensuring tangible gains on the Russian front of his diplomacy while he remains prime minister."),
    );
    for (const block of blocks) expect(body.body.slice(block.start, block.start + block.text.length)).toBe(block.text);
    expect(citations!.questions.find((q) => q.id === "dip-002")!.answer).toBe("March 2014");
  });

  it("gives a student the reading and no question data at all", async () => {
    const reading = await getReadingWithCitations({ slug: SLUG, includeQuestions: false });
    expect(reading!.citations).toBeNull();
    const json = JSON.stringify(reading);
    expect(json).not.toMatch(/dip-0\d\d|syn-0\d\d/);
    expect(json).not.toContain("To keep the visit low-profile"); // dip-031's answer, in our words
    expect(reading!.blocks.length).toBeGreaterThan(5);
    expect(await getReadingWithCitations({ slug: "no-such-reading", includeQuestions: true })).toBeNull();
  });

  it("lists the readings, with counts only when asked", async () => {
    const plain = await listReadings({ includeCounts: false });
    expect(plain).toHaveLength(files.readings.length);
    expect(plain.every((r) => r.questionCount === null)).toBe(true);
    const counted = await listReadings({ includeCounts: true });
    expect(counted.find((r) => r.slug === SLUG)!.questionCount).toBe(await countCurrent(
      `EXISTS (SELECT 1 FROM jsonb_array_elements(v.content->'sources') s WHERE s->>'reading' = $1)`, SLUG,
    ));
  });

  it("previews a question: the student's view has no answer, the back has it with the quote's reading", async () => {
    const preview = await getQuestionPreview({ id: "dip-002", viewer });
    const stored = await prisma.question.findUniqueOrThrow({ where: { id: "dip-002" }, select: { currentVersion: { select: { prompt: true } } } });
    const title = "Shinzo Abe Going All In on Improving Japan-Russia Ties";
    expect(preview!.student).toEqual({ type: "date", prompt: stored.currentVersion!.prompt, granularity: "month" });
    expect(preview!.readingTitles).toEqual([title]);
    expect(preview!.back.answer).toBe("March 2014");
    expect(preview!.back.sources[0]).toMatchObject({ reading: SLUG, title });
    const mcq = await getQuestionPreview({ id: "dip-001", viewer });
    const options = ["May 2016", "March 2014", "September 2016", "December 2016", "March 2015"];
    // The student's order is the seeded shuffle of the file's, the same at every preview.
    expect(mcq!.student).toMatchObject({ type: "mcq", options: seededShuffle(options, "dip-001") });
    expect(await getQuestionPreview({ id: "nope-999", viewer })).toBeNull();
  });

  afterAll(async () => {
    await prisma.question.updateMany({ where: { id: "dip-001" }, data: { retiredAt: null } });
  });
});
