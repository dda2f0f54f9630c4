// One row per question, for instructors who review a bank in a spreadsheet. Not a round-trip format: bank.yaml is.
// Written for Excel: a byte-order mark so it reads UTF-8, words instead of the files' codes, and no cell that a
// spreadsheet would run as a formula.
import { stringify } from "csv-stringify/sync";
import { DIFFICULTY_LABELS, KIND_LABELS, TYPE_LABELS } from "@/components/reading/question-labels";
import { answerText } from "../flashcard";
import type { NormalizedQuestion } from "../schema";
import { bankTitleOf, titleOf, type ReadingTitles } from "./reading-titles";

/** Excel opens a CSV as the system's legacy code page unless the file starts with this. */
export const UTF8_BOM = "\uFEFF";

export const CSV_COLUMNS = [
  "Id", "Reading", "Type", "Kind", "Difficulty", "Tags", "Prompt", "Choices", "Answer", "Explanation", "Quote",
] as const;

/**
 * OWASP's rule against CSV injection: a cell starting with = + - @ tab or carriage return is run as a formula by
 * spreadsheets, so it is prefixed with a single quote, which makes it text.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Options (mcq), items in their correct order (ordering) or "left → right" pairs (matching), one per line. */
function choicesText(q: NormalizedQuestion): string {
  if (q.type === "mcq") return q.options.join("\n");
  if (q.type === "ordering") return q.items.map((item) => item.text).join("\n");
  if (q.type === "matching") return q.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("\n");
  return "";
}

function quoteText(q: NormalizedQuestion, titles: ReadingTitles): string {
  const named = q.reading === null;
  return q.sources.map((source) => (named ? `[${titleOf(titles, source.reading)}] ${source.text}` : source.text)).join("\n");
}

function row(q: NormalizedQuestion, titles: ReadingTitles): string[] {
  return [
    q.id,
    bankTitleOf(titles, q.reading),
    TYPE_LABELS[q.type],
    KIND_LABELS[q.kind],
    DIFFICULTY_LABELS[q.difficulty],
    q.tags.join(" "),
    q.prompt,
    choicesText(q),
    answerText(q),
    q.explanation,
    quoteText(q, titles),
  ].map(neutralizeFormula);
}

export function toCsv(questions: NormalizedQuestion[], titles: ReadingTitles): string {
  return UTF8_BOM + stringify([[...CSV_COLUMNS], ...questions.map((q) => row(q, titles))]);
}
