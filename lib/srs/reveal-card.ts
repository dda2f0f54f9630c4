// The back of a card, fetched on reveal so that a queue never carries an answer it has not shown and a typed answer
// is checked before the student sees the key.
import type pg from "pg";
import { answerText } from "@/lib/questions/flashcard";
import { markAnswer } from "@/lib/grading/match-answer";
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { loadCardContext } from "./card-context";
import { srsPool } from "./pool";
import { previewIntervals } from "./scheduler";
import type { CardBack, Rating } from "./types";

/** A link that scrolls to the quoted sentence (a text fragment: the student's reading page carries no anchors that
 * would say which sentences are tested). */
export function quoteHref(slug: string, text: string): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D");
  const fragment = words.length <= 8 ? enc(words.join(" ")) : `${enc(words.slice(0, 4).join(" "))},${enc(words.slice(-4).join(" "))}`;
  return `/readings/${encodeURIComponent(slug)}#:~:text=${fragment}`;
}

/** Nothing answered → null; the student grades themselves and Good is suggested. A wrong answer suggests Again. */
export function checkResponse(question: NormalizedQuestion, response: unknown): CardBack["check"] {
  const empty = response === undefined || response === null || (typeof response === "string" && !response.trim());
  if (empty) return { correct: null, suggested: 3 };
  const { correct } = markAnswer(question, response);
  return { correct, suggested: (correct ? 3 : 1) as Rating };
}

export async function revealCard({ pool = srsPool(), studentId, sessionVersion, cardId, response, now }: {
  pool?: pg.Pool; studentId: string; sessionVersion: number; cardId: string; response?: unknown; now: Date;
}): Promise<CardBack> {
  const ctx = await loadCardContext(pool, { cardId, studentId, sessionVersion, withContent: true });
  const question = ctx.content as NormalizedQuestion;
  const titles = ctx.titles ?? {};
  return {
    answer: answerText(question),
    explanation: question.explanation,
    quotes: question.sources.map((s) => ({ readingSlug: s.reading, readingTitle: titles[s.reading] ?? s.reading, text: s.text, href: quoteHref(s.reading, s.text) })),
    check: checkResponse(question, response),
    intervals: previewIntervals(ctx.card, now, ctx.settings),
  };
}
