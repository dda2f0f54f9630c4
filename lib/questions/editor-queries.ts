// Reads for the question editor. The editor is the instructor's tool, so answers and explanations are meant to be here.
import "server-only";
import { SYNTHESIS_TITLE } from "@/components/reading/question-labels";
import { prisma } from "@/lib/db";
import { toFileQuestion } from "./export-bank";
import { bodyBlocks, type BodyBlock } from "./body-blocks";
import { SYNTHESIS_DIR } from "./question-files";
import type { NormalizedQuestion, Question } from "./schema";

/** A reading as the quote picker shows it: the body (to find quotes in) and its paragraphs and headings. */
export type EditorReading = { slug: string; title: string; body: string; blocks: BodyBlock[] };
export type VersionSummary = { number: number; createdAt: Date; createdBy: string; authorName: string | null };
export type QuestionEditor = {
  id: string;
  type: string;
  origin: string;
  retired: boolean;
  /** The reading's slug, or "synthesis". */
  bank: string;
  bankTitle: string;
  /** The current version's number: the editor sends it back as `expectedVersion`. */
  version: number;
  /** The current version in the bank.yaml shape, which is also what the editor posts. */
  question: Question;
  history: VersionSummary[];
  /** The texts its quotes may come from: its own reading, or every reading for a synthesis question. */
  readings: EditorReading[];
};

const readingSelect = { slug: true, title: true, body: true } as const;

// Cut on the server, as the reading page does, rather than in the browser, which would otherwise load the YAML parser.
function withBlocks(reading: { slug: string; title: string; body: string }): EditorReading {
  return { ...reading, blocks: bodyBlocks(reading.body) };
}

export async function listEditorReadings(): Promise<EditorReading[]> {
  const readings = await prisma.reading.findMany({ select: readingSelect, orderBy: [{ published: "asc" }, { slug: "asc" }] });
  return readings.map(withBlocks);
}

// QuestionVersion keeps the author's id without a relation (a version outlives its author), so names are looked up.
async function withAuthorNames(versions: { number: number; createdAt: Date; createdBy: string; authorId: string | null }[]): Promise<VersionSummary[]> {
  const ids = [...new Set(versions.flatMap((v) => (v.authorId ? [v.authorId] : [])))];
  const users = ids.length ? await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return versions.map(({ authorId, ...v }) => ({ ...v, authorName: authorId ? (names.get(authorId) ?? null) : null }));
}

export async function getQuestionEditor({ questionId }: { questionId: string }): Promise<QuestionEditor | null> {
  const row = await prisma.question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      type: true,
      origin: true,
      retiredAt: true,
      reading: { select: readingSelect },
      currentVersion: { select: { number: true, content: true } },
      versions: { select: { number: true, createdAt: true, createdBy: true, authorId: true }, orderBy: { number: "desc" } },
    },
  });
  if (!row?.currentVersion) return null;
  return {
    id: row.id,
    type: row.type,
    origin: row.origin,
    retired: row.retiredAt !== null,
    bank: row.reading?.slug ?? SYNTHESIS_DIR,
    bankTitle: row.reading?.title ?? SYNTHESIS_TITLE,
    version: row.currentVersion.number,
    question: toFileQuestion(row.currentVersion.content as NormalizedQuestion),
    history: await withAuthorNames(row.versions),
    readings: row.reading ? [withBlocks(row.reading)] : await listEditorReadings(),
  };
}
