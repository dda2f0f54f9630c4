// One row per question, for instructors who review a bank in a spreadsheet. Not a round-trip format: bank.yaml is.
import { stringify } from "csv-stringify/sync";
import { answerText } from "../flashcard";
import type { NormalizedQuestion } from "../schema";

export const CSV_COLUMNS = [
  "id", "reading", "type", "kind", "difficulty", "tags", "prompt", "choices", "answer", "explanation", "quote",
] as const;

/** Options (mcq), items in their correct order (ordering) or "left → right" pairs (matching), one per line. */
function choicesText(q: NormalizedQuestion): string {
  if (q.type === "mcq") return q.options.join("\n");
  if (q.type === "ordering") return q.items.map((item) => item.text).join("\n");
  if (q.type === "matching") return q.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("\n");
  return "";
}

function quoteText(q: NormalizedQuestion): string {
  const named = q.reading === null;
  return q.sources.map((source) => (named ? `[${source.reading}] ${source.text}` : source.text)).join("\n");
}

export function toCsv(questions: NormalizedQuestion[]): string {
  const rows = questions.map((q) => ({
    id: q.id,
    reading: q.reading ?? "synthesis",
    type: q.type,
    kind: q.kind,
    difficulty: q.difficulty,
    tags: q.tags.join(" "),
    prompt: q.prompt,
    choices: choicesText(q),
    answer: answerText(q),
    explanation: q.explanation,
    quote: quoteText(q),
  }));
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
}
