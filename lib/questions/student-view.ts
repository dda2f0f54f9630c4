// What a student may see of a question before answering: the prompt and what they choose from, in an order decided
// by a seed (per card and review, per quiz attempt) — never the answer, the explanation or the quote. Flashcards, quiz
// attempts and the instructor's student preview all render this one shape (components/question/).
import { seededShuffle } from "@/lib/shuffle";
import { granularityOf, parsePartialDate, type Granularity } from "./partial-date";
import type { NormalizedQuestion } from "./schema";

export type StudentView =
  | { type: "mcq"; prompt: string; options: string[] }
  | { type: "true_false"; prompt: string }
  | { type: "numeric"; prompt: string; unit: string }
  /** How precise an answer is asked for ("Give the month and year."): its form, not its content. */
  | { type: "date"; prompt: string; granularity: Granularity }
  | { type: "short"; prompt: string }
  /** Items to put in order, shuffled (never in the answer's order when there are two or more). */
  | { type: "ordering"; prompt: string; items: string[] }
  /** Each left item is answered with one of `right`, shuffled independently. */
  | { type: "matching"; prompt: string; left: string[]; right: string[] };

/** Shuffles a list, reshuffling (with a derived seed) when it came out in the answer's order. */
function shuffleAwayFromAnswer(texts: string[], seed: string): string[] {
  for (let attempt = 0; attempt < 8; attempt++) {
    const order = seededShuffle(texts, attempt ? `${seed}#${attempt}` : seed);
    if (texts.length < 2 || order.some((text, i) => text !== texts[i])) return order;
  }
  return [...texts.slice(1), texts[0]];
}

export function toStudentView(q: NormalizedQuestion, seed: string): StudentView {
  switch (q.type) {
    case "mcq":
      return { type: "mcq", prompt: q.prompt, options: seededShuffle(q.options, seed) };
    case "true_false":
    case "short":
      return { type: q.type, prompt: q.prompt };
    case "date": {
      const date = parsePartialDate(q.answer);
      return { type: "date", prompt: q.prompt, granularity: date ? granularityOf(date) : "day" };
    }
    case "numeric":
      return { type: "numeric", prompt: q.prompt, unit: q.unit };
    case "ordering":
      return { type: "ordering", prompt: q.prompt, items: shuffleAwayFromAnswer(q.items.map((item) => item.text), seed) };
    case "matching":
      return {
        type: "matching",
        prompt: q.prompt,
        left: seededShuffle(q.pairs.map((pair) => pair.left), `${seed}:left`),
        right: seededShuffle(q.pairs.map((pair) => pair.right), `${seed}:right`),
      };
  }
}
