// The dashboard's CSV files (issue 9), written as the bank exports are: csv-stringify, a byte-order mark so Excel reads
// UTF-8, a header row, ISO 8601 dates, numbers as plain decimals, and no text cell a spreadsheet would run as a formula.
import { stringify } from "csv-stringify/sync";
import { kindLabel, typeLabel } from "@/components/reading/question-labels";
import { neutralizeFormula, UTF8_BOM } from "@/lib/questions/export/to-csv";
import type { Gradebook } from "./gradebook";
import type { ItemAnalysis } from "./questions/item-analysis-queries";

/** Up to 4 decimals, no trailing zeros; empty for "not defined" (null), which a spreadsheet leaves blank. */
export const formatNumber = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? "" : String(Math.round(value * 10_000) / 10_000));
const iso = (date: Date | null) => (date ? date.toISOString() : "");
const text = (value: string | null | undefined) => neutralizeFormula(value ?? "");

export function toCsvFile(rows: string[][]): string {
  return UTF8_BOM + stringify(rows);
}

export function gradebookHeader(book: Pick<Gradebook, "quizzes">): string[] {
  // A quiz nobody has finished has no known maximum yet (a pool may draw any number of points): no "out of".
  const outOf = (max: number | null) => (max === null ? "" : ` (out of ${formatNumber(max)})`);
  const total = book.quizzes.every((q) => q.maxScore !== null) ? book.quizzes.reduce((t, q) => t + q.maxScore!, 0) : null;
  return ["Student", "Email", "Enrolled at", ...book.quizzes.map((q) => `${q.title}${outOf(q.maxScore)}`), `Total${outOf(total)}`, "Last attempt finished at"];
}

export function gradebookCsv(book: Gradebook): string {
  const rows = book.students.map((s) => [
    text(s.name), text(s.email), iso(s.enrolledAt), ...s.grades.map(formatNumber), formatNumber(s.total), iso(s.lastFinishedAt),
  ]);
  return toCsvFile([gradebookHeader(book).map(text), ...rows]);
}

export const ITEM_ANALYSIS_COLUMNS = [
  "Position", "Question id", "Prompt", "Reading", "Type", "Kind", "Attempts", "Max mark", "Mean mark", "Facility", "SD",
  "Discrimination index", "Discriminative efficiency", "Average seconds", "Distractors", "Flashcard reviews",
  "Lapse rate", "Reading lapse rate", "Mean difficulty (FSRS D)", "Flags",
] as const;

function distractorText(d: ItemAnalysis["rows"][number]["distractors"]): string {
  if (!d) return "";
  const parts = d.choices.map((c) => `${c.option}${c.isAnswer ? " (key)" : ""}: ${c.count}`);
  return [...parts, `blank: ${d.unanswered}`, `other: ${d.other}`].join("\n");
}

export function itemAnalysisCsv(analysis: ItemAnalysis): string {
  const rows = analysis.rows.map((r) => [
    String(r.slotPosition), text(r.questionId), text(r.question.prompt), text(r.question.readingTitle), typeLabel(r.question.type), kindLabel(r.question.kind),
    String(r.count), formatNumber(r.maxMark), formatNumber(r.meanMark), formatNumber(r.facility), formatNumber(r.sd),
    formatNumber(r.discriminationIndex), formatNumber(r.discriminativeEfficiency), formatNumber(r.averageSeconds), text(distractorText(r.distractors)),
    String(r.memory?.reviews ?? ""), formatNumber(r.memory?.lapseRate), formatNumber(r.memory?.readingLapseRate), formatNumber(r.memory?.meanDifficulty),
    text(r.flags.map((f) => f.message).join("\n")),
  ]);
  // One table, one row per question (a spreadsheet filter or sort works on it); the quiz-level figures are on the page.
  return toCsvFile([[...ITEM_ANALYSIS_COLUMNS], ...rows]);
}
