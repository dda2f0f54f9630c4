// The flashcard face of a question, derived and never written by hand (questions/README.md): the front is the
// prompt with what the student chooses from; the back is the answer, with the explanation and the quote beside it.
import { formatHumanPartialDate, parsePartialDate } from "./partial-date";
import type { NormalizedQuestion, NormalizedQuestionOf, Source } from "./schema";

export type Flashcard = {
  front: string;
  /** Options (mcq), items to put in order (ordering) or the left column (matching). */
  frontList?: string[];
  /** One line: the answer. */
  back: string;
  explanation: string;
  sources: Source[];
};

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("en-US") : String(value);
}

export function formatDateAnswer(answer: string): string {
  const date = parsePartialDate(answer);
  return date ? formatHumanPartialDate(date) : answer;
}

function numericBack(q: NormalizedQuestionOf<"numeric">): string {
  const unit = q.unit === "percent" ? "%" : ` ${q.unit}`;
  const tolerance = q.tolerance > 0 ? ` (± ${formatNumber(q.tolerance)})` : "";
  return `${formatNumber(q.answer)}${unit}${tolerance}`;
}

/**
 * The items in an order that is never the answer: alphabetical, rotated by one when alphabetical happens to be the
 * correct order. Deterministic, so a card looks the same at every review.
 */
export function scrambleItems(texts: string[]): string[] {
  const sorted = [...texts].sort((a, b) => a.localeCompare(b, "en"));
  const isAnswer = sorted.every((text, i) => text === texts[i]);
  return isAnswer && sorted.length > 1 ? [...sorted.slice(1), sorted[0]] : sorted;
}

/** The answer as one line of text, for the card's back and the CSV and Anki exports. */
export function answerText(q: NormalizedQuestion): string {
  switch (q.type) {
    case "mcq":
    case "short":
      return q.answer;
    case "true_false":
      return q.answer ? "True" : "False";
    case "numeric":
      return numericBack(q);
    case "date":
      return formatDateAnswer(q.answer);
    case "ordering":
      return q.items
        .map((item) => (item.date ? `${item.text} (${formatDateAnswer(item.date)})` : item.text))
        .join(" → ");
    case "matching":
      return q.pairs.map((pair) => `${pair.left}: ${pair.right}`).join("; ");
  }
}

function frontList(q: NormalizedQuestion): string[] | undefined {
  if (q.type === "mcq") return q.options;
  if (q.type === "ordering") return scrambleItems(q.items.map((item) => item.text));
  if (q.type === "matching") return q.pairs.map((pair) => pair.left);
  return undefined;
}

export function toFlashcard(question: NormalizedQuestion): Flashcard {
  const list = frontList(question);
  return {
    front: question.prompt,
    ...(list ? { frontList: list } : {}),
    back: answerText(question),
    explanation: question.explanation,
    sources: question.sources,
  };
}
