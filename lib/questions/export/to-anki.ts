// Anki's plain-text import: one note per line, "front<TAB>back<TAB>tags", with the header lines that tell Anki so.
import { toFlashcard } from "../flashcard";
import type { NormalizedQuestion } from "../schema";

export const ANKI_HEADER = ["#separator:tab", "#html:false", "#tags column:3"];

/**
 * A field may hold no tab or newline (they would split the note), and Anki reads a field that contains a double
 * quote as CSV-quoted, so such a field is quoted with its quotes doubled.
 */
export function ankiField(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

function front(q: NormalizedQuestion): string {
  const card = toFlashcard(q);
  return card.frontList ? `${card.front} — ${card.frontList.join(" · ")}` : card.front;
}

function back(q: NormalizedQuestion): string {
  const card = toFlashcard(q);
  const quotes = card.sources.map((s) => `“${s.text}” (${s.reading})`).join(" ");
  return `${card.back} — ${card.explanation} — ${quotes}`;
}

/** The question's own tags, plus the bank it came from so a deck can be filtered by reading. */
function tags(q: NormalizedQuestion): string {
  return [...q.tags, `lectern::${q.reading ?? "synthesis"}`].join(" ");
}

export function toAnki(questions: NormalizedQuestion[]): string {
  const lines = questions.map((q) => [front(q), back(q), tags(q)].map(ankiField).join("\t"));
  return [...ANKI_HEADER, ...lines].join("\n") + "\n";
}
