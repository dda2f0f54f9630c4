// Anki's plain-text import: one note per line, "front<TAB>back<TAB>tags", with the header lines that tell Anki so.
// Fields are HTML (Anki renders it): the back sets the answer apart from the explanation and the quoted source.
import { seededShuffle } from "@/lib/shuffle";
import { answerText, scrambleItems } from "../flashcard";
import type { NormalizedQuestion } from "../schema";
import { titleOf, type ReadingTitles } from "./reading-titles";

export const ANKI_HEADER = ["#separator:tab", "#html:true", "#tags column:3"];

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * A field may hold no tab or newline (they would split the note), and Anki reads a field that contains a double
 * quote as CSV-quoted, so such a field is quoted with its quotes doubled.
 */
export function ankiField(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

const list = (items: string[], tag: "ul" | "ol" = "ul") =>
  `<${tag}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</${tag}>`;

/** What the student chooses from, never in the answer's order: the files often list the right option first. */
function choices(q: NormalizedQuestion): string {
  switch (q.type) {
    case "mcq":
      return list(seededShuffle(q.options, q.id), "ol");
    case "ordering":
      return `<p>Put in order, earliest first:</p>${list(scrambleItems(q.items.map((item) => item.text)))}`;
    case "matching":
      return `<p>Match each of</p>${list(q.pairs.map((p) => p.left))}<p>with one of</p>${list(seededShuffle(q.pairs.map((p) => p.right), q.id))}`;
    default:
      return "";
  }
}

function front(q: NormalizedQuestion): string {
  return `<p>${escapeHtml(q.prompt)}</p>${choices(q)}`;
}

function back(q: NormalizedQuestion, titles: ReadingTitles): string {
  const quotes = q.sources.map(
    (s) => `<blockquote>“${escapeHtml(s.text)}”<br>— <i>${escapeHtml(titleOf(titles, s.reading))}</i></blockquote>`,
  );
  return `<p><b>${escapeHtml(answerText(q))}</b></p><p>${escapeHtml(q.explanation)}</p>${quotes.join("")}`;
}

/** The question's own tags, plus the bank it came from so a deck can be filtered by reading. */
function tags(q: NormalizedQuestion): string {
  return [...q.tags, `lectern::${q.reading ?? "synthesis"}`].join(" ");
}

export function toAnki(questions: NormalizedQuestion[], titles: ReadingTitles): string {
  const lines = questions.map((q) => [front(q), back(q, titles), tags(q)].map(ankiField).join("\t"));
  return [...ANKI_HEADER, ...lines].join("\n") + "\n";
}
