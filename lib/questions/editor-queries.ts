// Reads for the question editor. The editor is the instructor's tool, so answers and explanations are meant to be here.
import "server-only";
import { SYNTHESIS_TITLE } from "@/components/reading/question-labels";
import { prisma } from "@/lib/db";
import { toFileQuestion } from "./export-bank";
import { bodyBlocks, type BodyBlock } from "./body-blocks";
import { canChangeInPlace, visibleTo, type Actor } from "./ownership";
import { SYNTHESIS_DIR } from "./question-files";
import type { NormalizedQuestion, Question } from "./schema";

/** A reading as the quote picker shows it: the body (to find quotes in) and its paragraphs and headings. */
export type EditorReading = { slug: string; title: string; body: string; blocks: BodyBlock[] };
export type VersionSummary = { number: number; createdAt: Date; createdBy: string; authorName: string | null };
/** "shipped": the site's (from the files or an administrator); "own": written by this instructor; "copy": theirs, of a shipped one. */
export type Ownership = "shipped" | "own" | "copy";
export type QuestionEditor = {
  id: string;
  type: string;
  origin: string;
  retired: boolean;
  ownership: Ownership;
  /** The shipped question a copy was made from. */
  forkOfId: string | null;
  quizOnly: boolean;
  /** Whether a save changes this question itself; if not (a shipped question, for an instructor) it makes a copy. */
  canChange: boolean;
  /** On a shipped question: the actor's copy of it, if they made one. */
  myCopy: { id: string; retired: boolean } | null;
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

export function ownershipOf(row: { ownerId: string | null; forkOfId: string | null }): Ownership {
  return row.ownerId === null ? "shipped" : row.forkOfId ? "copy" : "own";
}

/** The editor's view of a question the actor may see (a shipped one, or their own): null for anything else. */
export async function getQuestionEditor({ questionId, actor }: { questionId: string; actor: Actor }): Promise<QuestionEditor | null> {
  const row = await prisma.question.findFirst({
    where: { id: questionId, ...visibleTo(actor) },
    select: {
      id: true,
      type: true,
      origin: true,
      retiredAt: true,
      ownerId: true,
      forkOfId: true,
      quizOnly: true,
      forks: { where: { ownerId: actor.id }, select: { id: true, retiredAt: true } },
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
    ownership: ownershipOf(row),
    forkOfId: row.forkOfId,
    quizOnly: row.quizOnly,
    canChange: canChangeInPlace(actor, row),
    myCopy: row.forks[0] ? { id: row.forks[0].id, retired: row.forks[0].retiredAt !== null } : null,
    bank: row.reading?.slug ?? SYNTHESIS_DIR,
    bankTitle: row.reading?.title ?? SYNTHESIS_TITLE,
    version: row.currentVersion.number,
    question: toFileQuestion(row.currentVersion.content as NormalizedQuestion),
    history: await withAuthorNames(row.versions),
    readings: row.reading ? [withBlocks(row.reading)] : await listEditorReadings(),
  };
}

export type VersionView = VersionSummary & {
  questionId: string;
  /** This version's content and the current one's, in the bank.yaml shape, for showing and comparing. */
  question: Question;
  current: { number: number; question: Question };
  retired: boolean;
  canChange: boolean;
  ownership: Ownership;
};

/** One past (or the current) version of a question the actor may see, with the current version beside it. */
export async function getQuestionVersion({ questionId, number, actor }: { questionId: string; number: number; actor: Actor }): Promise<VersionView | null> {
  const row = await prisma.question.findFirst({
    where: { id: questionId, ...visibleTo(actor) },
    select: {
      ownerId: true,
      forkOfId: true,
      retiredAt: true,
      currentVersion: { select: { number: true, content: true } },
      versions: { where: { number }, select: { number: true, createdAt: true, createdBy: true, authorId: true, content: true } },
    },
  });
  const version = row?.versions[0];
  if (!row?.currentVersion || !version) return null;
  const { content, ...summary } = version;
  const [named] = await withAuthorNames([summary]);
  return {
    ...named,
    questionId,
    question: toFileQuestion(content as NormalizedQuestion),
    current: { number: row.currentVersion.number, question: toFileQuestion(row.currentVersion.content as NormalizedQuestion) },
    retired: row.retiredAt !== null,
    canChange: canChangeInPlace(actor, row),
    ownership: ownershipOf(row),
  };
}
