import "server-only";
// The dashboard's downloads for the route handlers: authorization is the queries' (their where clause), a class or quiz
// the instructor does not teach is the same 404 as a missing one.
import { z } from "zod";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { gradebookCsv, itemAnalysisCsv } from "./csv-exports";
import { getGradebook } from "./gradebook";
import { getItemAnalysis } from "./questions/item-analysis-queries";

export type CsvFile = { filename: string; body: string };

/** `?attempts=first|all` (first by default, Moodle's default); nothing else is accepted. */
export const itemAnalysisQuerySchema = z.strictObject({
  attempts: z.enum(["first", "all"], { error: "attempts must be first or all" }).default("first"),
});

const notFound = (what: string) => new AppError("NOT_FOUND", `No such ${what}.`);

/** File names from a title: letters, digits and dashes only, so the header needs no quoting rules. */
export const fileSlug = (title: string) => title.normalize("NFKD").replace(/[^\w]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 60) || "export";

export async function exportGradebook({ classId, instructorId }: { classId: string; instructorId: string }): Promise<CsvFile> {
  if (!idSchema.safeParse(classId).success) throw notFound("class");
  const book = await getGradebook({ classId, instructorId });
  if (!book) throw notFound("class");
  return { filename: `${fileSlug(book.klass.name)}-gradebook.csv`, body: gradebookCsv(book) };
}

export async function exportItemAnalysis({ quizId, instructorId, which }: { quizId: string; instructorId: string; which: "first" | "all" }): Promise<CsvFile> {
  if (!idSchema.safeParse(quizId).success) throw notFound("quiz");
  const analysis = await getItemAnalysis({ quizId, instructorId, which });
  if (!analysis) throw notFound("quiz");
  return { filename: `${fileSlug(analysis.quiz.title)}-item-analysis-${which}.csv`, body: itemAnalysisCsv(analysis) };
}

export function csvResponse(file: CsvFile): Response {
  return new Response(file.body, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" },
  });
}
