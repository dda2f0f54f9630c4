// A question as a student meets it: what to answer and in what form, never the answer. The order of options, items
// and right-hand sides is decided here by a seed, so the server fixes it (a reload shows the same order) and the
// files' order — often the right option first — never reaches the screen.
import { seededShuffle } from "@/lib/shuffle";
import { granularityOf, parsePartialDate, type Granularity } from "./partial-date";
import type { ResponseOf } from "./response-schema";
import type { NormalizedQuestion, QuestionType } from "./schema";

type Common = { id: string; prompt: string; /** The readings it asks about, by title, shown above the prompt. */ readingTitles: string[] };
export type StudentQuestion = Common &
  (
    | { type: "mcq"; options: string[] }
    | { type: "true_false" }
    | { type: "numeric"; unit: string }
    | { type: "date"; granularity: Granularity }
    | { type: "short" }
    | { type: "ordering"; items: string[] }
    | { type: "matching"; lefts: string[]; rights: string[] }
  );
export type StudentResponse = ResponseOf<QuestionType>;

/** A shuffled order that is never the correct one, or ordering would hand out its answer now and then. */
function shuffledAway(items: string[], seed: string): string[] {
  const shuffled = seededShuffle(items, seed);
  const isAnswer = shuffled.every((item, i) => item === items[i]);
  return isAnswer && items.length > 1 ? [...shuffled.slice(1), shuffled[0]] : shuffled;
}

function typeFields(q: NormalizedQuestion, seed: string) {
  switch (q.type) {
    case "mcq":
      return { type: q.type, options: seededShuffle(q.options, seed) };
    case "numeric":
      return { type: q.type, unit: q.unit };
    case "date": {
      const date = parsePartialDate(q.answer);
      return { type: q.type, granularity: date ? granularityOf(date) : "day" };
    }
    case "ordering":
      return { type: q.type, items: shuffledAway(q.items.map((item) => item.text), seed) };
    case "matching":
      return { type: q.type, lefts: q.pairs.map((p) => p.left), rights: shuffledAway(q.pairs.map((p) => p.right), seed) };
    case "true_false":
    case "short":
      return { type: q.type };
  }
}

/** `titles` maps reading slugs to titles; `seed` defaults to the question's id (the same order everywhere). */
export function toStudentQuestion({
  question, titles, seed = question.id,
}: { question: NormalizedQuestion; titles: Record<string, string>; seed?: string }): StudentQuestion {
  const readingTitles = [...new Set(question.sources.map((s) => titles[s.reading] ?? s.reading))];
  return { id: question.id, prompt: question.prompt, readingTitles, ...typeFields(question, seed) } as StudentQuestion;
}

/** The response before the student does anything: ordering starts from the order shown, the rest from nothing. */
export function emptyResponse(q: StudentQuestion): StudentResponse | null {
  if (q.type === "ordering") return q.items;
  if (q.type === "matching") return {};
  return null;
}
