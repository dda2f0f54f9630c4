// A bank as it stands in the database (each question's current version, retired ones left out), in the formats
// instructors take elsewhere. YAML is the bank.yaml format itself: written over questions/<slug>/bank.yaml and
// re-imported, it changes nothing, which is how edits made in the app go back into git.
import { prisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toAnki } from "./export/to-anki";
import { toCsv } from "./export/to-csv";
import { toGift } from "./export/to-gift";
import { toYaml } from "./export/to-yaml";
import { inUseBy, type Actor } from "./ownership";
import type { ReadingTitles } from "./export/reading-titles";
import { bankWhere, type BankFilters } from "./queries";
import { SYNTHESIS_DIR } from "./question-files";
import { slugSchema } from "./schema-parts";
import type { NormalizedQuestion, Question } from "./schema";

export const EXPORT_FORMATS = ["yaml", "csv", "gift", "anki"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** A selection may mix banks, and bank.yaml holds one bank: YAML is for a whole bank only. */
export const SELECTION_FORMATS = ["csv", "gift", "anki"] as const satisfies ExportFormat[];
export type SelectionFormat = (typeof SELECTION_FORMATS)[number];

/** `slug` is a reading's slug, or "synthesis" for the cross-reading bank (whose `reading` is null). */
export type BankQuestions = { slug: string; reading: string | null; questions: NormalizedQuestion[]; titles: ReadingTitles };
export type ExportedFile = { filename: string; contentType: string; body: string };

/** The question as bank.yaml writes it: sources become `quote` again, in the shortest form the bank allows. */
export function toFileQuestion(question: NormalizedQuestion): Question {
  const { reading, sources, ...rest } = question;
  const texts = sources.map((source) => source.text);
  const quote =
    reading === null
      ? sources.map((source) => ({ reading: source.reading, text: source.text }))
      : texts.length === 1
        ? texts[0]
        : texts;
  return { ...rest, quote } as Question;
}

/** "dip-2" < "dip-10": the files list questions by number, and so does the export. */
export function compareQuestionIds(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/** The viewer's bank (decision 008): their copies stand in for the shipped questions, with their own beside them. */
export async function getBankQuestions({ db, slug, viewer }: { db: Db; slug: string; viewer: Actor }): Promise<BankQuestions> {
  const isSynthesis = slug === SYNTHESIS_DIR;
  if (!isSynthesis) {
    const found = slugSchema.safeParse(slug).success && (await db.reading.findUnique({ where: { slug }, select: { id: true } }));
    if (!found) throw new AppError("NOT_FOUND", "There is no reading with this name.");
  }
  const rows = await db.question.findMany({
    where: { retiredAt: null, ...(isSynthesis ? { readingId: null } : { reading: { slug } }), ...inUseBy(viewer) },
    select: { currentVersion: { select: { content: true } } },
  });
  return { slug, reading: isSynthesis ? null : slug, questions: currentContents(rows), titles: await getReadingTitles(db) };
}

type ContentRow = { currentVersion: { content: unknown } | null };

function currentContents(rows: ContentRow[]): NormalizedQuestion[] {
  return rows
    .flatMap((row) => (row.currentVersion ? [row.currentVersion.content as NormalizedQuestion] : []))
    .sort((a, b) => compareQuestionIds(a.id, b.id));
}

async function getReadingTitles(db: Db): Promise<ReadingTitles> {
  const readings = await db.reading.findMany({ select: { slug: true, title: true } });
  return Object.fromEntries(readings.map((r) => [r.slug, r.title]));
}

export function formatBank(bank: BankQuestions, format: ExportFormat): ExportedFile {
  switch (format) {
    case "yaml":
      return {
        filename: `${bank.slug}-bank.yaml`,
        contentType: "application/yaml; charset=utf-8",
        body: toYaml({ reading: bank.reading, questions: bank.questions.map(toFileQuestion) }),
      };
    case "csv":
      return { filename: `${bank.slug}.csv`, contentType: "text/csv; charset=utf-8", body: toCsv(bank.questions, bank.titles) };
    case "gift":
      return { filename: `${bank.slug}-gift.txt`, contentType: "text/plain; charset=utf-8", body: toGift(bank.questions) };
    case "anki":
      return { filename: `${bank.slug}-anki.txt`, contentType: "text/plain; charset=utf-8", body: toAnki(bank.questions, bank.titles) };
  }
}

export async function exportBank({ db = prisma, slug, format, viewer }: { db?: Db; slug: string; format: ExportFormat; viewer: Actor }): Promise<ExportedFile> {
  return formatBank(await getBankQuestions({ db, slug, viewer }), format);
}

/**
 * The questions the bank page lists for these filters, every page of them (no filter: every bank). Named
 * "lectern-all-banks" or "lectern-selection" after what it holds.
 */
export async function exportSelection({
  db = prisma, filters, format, viewer,
}: { db?: Db; filters: BankFilters; format: SelectionFormat; viewer: Actor }): Promise<ExportedFile> {
  const rows = await db.question.findMany({ where: bankWhere(filters, viewer), select: { currentVersion: { select: { content: true } } } });
  const isEverything = Object.values({ ...filters, page: undefined }).every((value) => !value);
  const name = isEverything ? "lectern-all-banks" : "lectern-selection";
  return formatBank({ slug: name, reading: null, questions: currentContents(rows), titles: await getReadingTitles(db) }, format);
}

/** The file as a download that no cache keeps: it holds answer keys. */
export function downloadResponse(file: ExportedFile): Response {
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });
}
