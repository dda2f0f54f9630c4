// Moodle GIFT, so an instructor can take a bank to a Moodle course. Ordering has no GIFT form and is skipped with a
// comment; a date becomes a short answer accepting its written and ISO forms.
import { formatDateAnswer } from "../flashcard";
import type { NormalizedQuestion } from "../schema";

/** GIFT's special characters are ~ = # { } : and the backslash that escapes them; a blank line ends a question. */
export function escapeGift(text: string): string {
  return text.replace(/[~=#{}:\\]/g, (ch) => `\\${ch}`).replace(/\s*\n\s*/g, " ");
}

function answers(q: NormalizedQuestion): string | null {
  switch (q.type) {
    case "mcq":
      return q.options.map((option) => `${option === q.answer ? "=" : "~"}${escapeGift(option)}`).join(" ");
    case "true_false":
      return q.answer ? "T" : "F";
    case "numeric":
      return `#${q.answer}:${q.tolerance}`;
    case "short":
      return [...new Set([q.answer, ...q.accept])].map((text) => `=${escapeGift(text)}`).join(" ");
    case "date":
      return [...new Set([formatDateAnswer(q.answer), q.answer])].map((text) => `=${escapeGift(text)}`).join(" ");
    case "matching":
      return q.pairs.map((pair) => `=${escapeGift(pair.left)} -> ${escapeGift(pair.right)}`).join(" ");
    case "ordering":
      return null;
  }
}

export function questionToGift(q: NormalizedQuestion): string {
  const body = answers(q);
  if (body === null) return `// skipped ${q.id}: ${q.type}`;
  return `::${escapeGift(q.id)}::${escapeGift(q.prompt)} {${body} ####${escapeGift(q.explanation)}}`;
}

export function toGift(questions: NormalizedQuestion[]): string {
  const header = `// Lectern export: ${questions.length} questions`;
  return [header, ...questions.map(questionToGift)].join("\n\n") + "\n";
}
