import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { answerText, toFlashcard } from "./flashcard";
import { createQuoteFinder } from "./normalize-text";
import { toStudentView } from "./student-view";
import { bodyBlocks, type BodyBlock } from "./body-blocks";
import type { Citation } from "./reading-segments";
import { inUseBy, visibleTo, type Actor } from "./ownership";
import type { NormalizedQuestion, QuestionKind, QuestionType } from "./schema";

const READING_META = {
  slug: true, title: true, titleInferred: true, author: true, authorInferred: true, venue: true, venueInferred: true,
  published: true, publishedInferred: true, notes: true,
} satisfies Prisma.ReadingSelect;

/** Only what students and instructors may work from: never a retired question, never one without content. */
const CURRENT = { retiredAt: null, currentVersionId: { not: null } } satisfies Prisma.QuestionWhereInput;

/**
 * Questions whose current version quotes the reading: its own bank, and the synthesis questions (reading null) that
 * cite it among others. Every normalised question lists its sources, so one jsonb containment covers both.
 */
function citing(slug: string): Prisma.QuestionWhereInput {
  return { currentVersion: { content: { path: ["sources"], array_contains: [{ reading: slug }] } } };
}

const contentOf = (content: Prisma.JsonValue) => content as unknown as NormalizedQuestion;

/**
 * The five readings, oldest first; `questionCount` (current questions citing it) only for those allowed to know,
 * counted in the viewer's bank (decision 008; without a viewer, the shipped questions only).
 */
export async function listReadings({ includeCounts, viewer }: { includeCounts: boolean; viewer?: Actor }) {
  const readings = await prisma.reading.findMany({ select: READING_META, orderBy: [{ published: "asc" }, { slug: "asc" }] });
  const counts = includeCounts
    ? await Promise.all(readings.map((r) => prisma.question.count({ where: { ...CURRENT, ...citing(r.slug), ...inUseBy(viewer) } })))
    : null;
  return readings.map((r, i) => ({ ...r, questionCount: counts ? counts[i] : null }));
}

export type ReadingMetaView = Prisma.ReadingGetPayload<{ select: typeof READING_META }>;
export type { BodyBlock };
export type CitingQuestion = {
  id: string; type: string; kind: string; difficulty: number; prompt: string; answer: string; isSynthesis: boolean;
};
export type { Citation };

async function findCitations({ slug, body, viewer }: { slug: string; body: string; viewer?: Actor }) {
  const rows = await prisma.question.findMany({
    where: { ...CURRENT, ...citing(slug), ...inUseBy(viewer) },
    select: { currentVersion: { select: { content: true } } },
    orderBy: { id: "asc" },
  });
  const find = createQuoteFinder(body);
  const questions: CitingQuestion[] = [];
  const ranges: Citation[] = [];
  for (const row of rows) {
    const q = contentOf(row.currentVersion!.content);
    const { id, type, kind, difficulty, prompt } = q;
    questions.push({ id, type, kind, difficulty, prompt, answer: answerText(q), isSynthesis: q.reading === null });
    for (const source of q.sources) {
      const range = source.reading === slug ? find(source.text) : null;
      if (range) ranges.push({ questionId: id, ...range });
    }
  }
  return { questions, ranges };
}

/**
 * A reading to display. `includeQuestions` is for instructors only: without it the result holds no question data at
 * all, so nothing about the questions (which sentences are tested, answers) can reach a student's page. The questions
 * are the viewer's bank (their copies in place of the shipped questions, and their own); without a viewer, the shipped.
 */
export async function getReadingWithCitations({ slug, includeQuestions, viewer }: { slug: string; includeQuestions: boolean; viewer?: Actor }) {
  const reading = await prisma.reading.findUnique({ where: { slug }, select: { ...READING_META, body: true } });
  if (!reading) return null;
  const { body, ...meta } = reading;
  const citations = includeQuestions ? await findCitations({ slug, body, viewer }) : null;
  return { meta, blocks: bodyBlocks(body), citations };
}

/** `reading: "synthesis"` selects the questions that cite several readings. */
export const SYNTHESIS_FILTER = "synthesis";
export const BANK_PAGE_SIZE = 50;

export type BankFilters = {
  readingSlug?: string;
  kind?: QuestionKind;
  type?: QuestionType;
  difficulty?: 1 | 2 | 3;
  tag?: string;
  q?: string;
  includeRetired?: boolean;
  page?: number;
};

// Prisma passes `contains` to ILIKE unescaped (prisma/prisma#19506): a "%" or "_" typed in the search box is text.
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

export function bankWhere(f: BankFilters, viewer: Actor): Prisma.QuestionWhereInput {
  const version: Prisma.QuestionVersionWhereInput = {
    ...(f.kind && { kind: f.kind }),
    ...(f.difficulty && { difficulty: f.difficulty }),
    ...(f.tag && { tags: { has: f.tag } }),
  };
  const and: Prisma.QuestionWhereInput[] = [{ currentVersionId: { not: null }, currentVersion: version }, inUseBy(viewer)];
  if (!f.includeRetired) and.push({ retiredAt: null });
  if (f.type) and.push({ type: f.type });
  if (f.readingSlug === SYNTHESIS_FILTER) and.push({ readingId: null });
  else if (f.readingSlug) and.push(citing(f.readingSlug));
  if (f.q) {
    const contains = { contains: likeLiteral(f.q), mode: "insensitive" } as const;
    and.push({ OR: [{ id: contains }, { currentVersion: { prompt: contains } }] });
  }
  return { AND: and };
}

/**
 * The bank browser: one page of matching questions (without answers) and how many match in all, in the viewer's bank
 * (decision 008): their own questions and copies, and the shipped questions they have no live copy of.
 */
export async function searchBank({ viewer, ...filters }: BankFilters & { viewer: Actor }) {
  const where = bankWhere(filters, viewer);
  const page = Math.max(1, filters.page ?? 1);
  const [total, rows] = await Promise.all([
    prisma.question.count({ where }),
    prisma.question.findMany({
      where,
      select: {
        id: true, type: true, retiredAt: true, quizOnly: true, ownerId: true, forkOfId: true,
        reading: { select: { slug: true, title: true } },
        currentVersion: { select: { kind: true, difficulty: true, prompt: true, tags: true } },
      },
      orderBy: { id: "asc" },
      skip: (page - 1) * BANK_PAGE_SIZE,
      take: BANK_PAGE_SIZE,
    }),
  ]);
  const questions = rows.map(({ currentVersion: v, retiredAt, ownerId, ...q }) => ({ ...q, ...v!, isRetired: retiredAt !== null, isOwn: ownerId !== null }));
  return { total, page, pageCount: Math.max(1, Math.ceil(total / BANK_PAGE_SIZE)), questions };
}
export type BankSearchResult = Awaited<ReturnType<typeof searchBank>>;

/** What the bank's filter form offers: the readings and every tag in use in the viewer's bank. */
export async function getBankFacets({ viewer }: { viewer: Actor }) {
  const [readings, versions] = await Promise.all([
    prisma.reading.findMany({ select: { slug: true, title: true }, orderBy: [{ published: "asc" }, { slug: "asc" }] }),
    prisma.questionVersion.findMany({ where: { currentOf: { is: inUseBy(viewer) } }, select: { tags: true } }),
  ]);
  const tags = [...new Set(versions.flatMap((v) => v.tags))].sort();
  return { readings, tags };
}

/**
 * One question as the student would meet it (`front`) and what only the reveal shows (`back`). For instructors
 * only: the caller guards the role, as the back holds the answer.
 */
export async function getQuestionPreview({ id, viewer }: { id: string; viewer: Actor }) {
  const row = await prisma.question.findFirst({
    where: { id, currentVersionId: { not: null }, ...visibleTo(viewer) },
    select: { retiredAt: true, currentVersion: { select: { number: true, content: true } } },
  });
  if (!row) return null;
  const q = contentOf(row.currentVersion!.content);
  const card = toFlashcard(q);
  const titles = new Map(
    (await prisma.reading.findMany({ where: { slug: { in: q.sources.map((s) => s.reading) } }, select: { slug: true, title: true } }))
      .map((r) => [r.slug, r.title]),
  );
  return {
    id: q.id, type: q.type, kind: q.kind, difficulty: q.difficulty, tags: q.tags,
    version: row.currentVersion!.number, isRetired: row.retiredAt !== null,
    /** Seeded by the id: the preview shows one order, the same at every visit. */
    student: toStudentView(q, q.id),
    readingTitles: [...new Set(q.sources.map((s) => titles.get(s.reading) ?? s.reading))],
    /** The preview checks answers in the browser: it is the instructor's, who may see the key. */
    answerKey: q,
    back: {
      answer: card.back,
      explanation: card.explanation,
      sources: card.sources.map((s) => ({ ...s, title: titles.get(s.reading) ?? s.reading })),
    },
  };
}
export type QuestionPreview = NonNullable<Awaited<ReturnType<typeof getQuestionPreview>>>;
