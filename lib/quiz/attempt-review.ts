// The review of a finished attempt, as the quiz's review options allow at this moment (review-visibility.ts). Every
// field past the student's own response is added only when allowed: what is not allowed is never in the result, so
// it cannot reach the page, its RSC payload or any JSON.
import "server-only";
import { prisma } from "@/lib/db";
import { answerText } from "@/lib/questions/flashcard";
import type { StudentView } from "@/lib/questions/student-view";
import { quoteHref } from "@/lib/srs/reveal-card";
import { scoreSlot } from "@/lib/grading/score";
import { loadAttemptItems, type LoadedItem } from "./attempt-items";
import { toAttemptItemView } from "./item-view";
import { decideReviewVisibility, type ReviewVisibility } from "./review-visibility";
import { loadAttemptState } from "./attempt-state";

export type ReviewItem = {
  position: number; points: number; readingTitle: string; view: StudentView; response: unknown;
  mark?: { earned: number; correct: boolean; partial: boolean };
  answer?: string;
  explanation?: string;
  quotes?: { readingTitle: string; text: string; href: string }[];
};
export type AttemptReview = {
  attemptId: string; quizId: string; quizTitle: string; number: number; finishedAt: string | null; finishedBy: string | null;
  visibility: ReviewVisibility; score?: { score: number; maxScore: number }; closesAt: string | null; items: ReviewItem[];
};

function reviewItem(item: LoadedItem, visibility: ReviewVisibility, titles: Map<string, string>): ReviewItem {
  const out: ReviewItem = {
    position: item.position, points: item.points, readingTitle: item.readingTitle,
    view: toAttemptItemView({ content: item.content, optionOrder: item.optionOrder }), response: item.response,
  };
  if (visibility.correctness) {
    const fraction = item.fraction ?? 0;
    const earned = scoreSlot({ slot: { points: item.points, fraction, overrideMark: item.overrideMark } });
    out.mark = { earned, correct: earned >= item.points - 1e-9, partial: earned > 0 && earned < item.points - 1e-9 };
  }
  if (visibility.answer) out.answer = answerText(item.content);
  if (visibility.explanation) {
    out.explanation = item.content.explanation;
    out.quotes = item.content.sources.map((s) => ({ readingTitle: titles.get(s.reading) ?? s.reading, text: s.text, href: quoteHref(s.reading, s.text) }));
  }
  return out;
}

/** Null: not the student's attempt. An open attempt has nothing to review (state "in_progress" is returned as null items). */
export async function loadAttemptReview({ attemptId, studentId, now = new Date() }: { attemptId: string; studentId: string; now?: Date }): Promise<AttemptReview | null> {
  const state = await loadAttemptState({ attemptId, studentId, now }); // finishes an overdue attempt first
  if (!state) return null;
  const attempt = await prisma.attempt.findFirstOrThrow({
    where: { id: attemptId, studentId },
    select: { finishedAt: true, finishedBy: true, score: true, maxScore: true, quiz: { select: { reviewOptions: true, closesAt: true, overrides: { where: { studentId }, select: { closesAt: true } } } } },
  });
  const closesAt = attempt.quiz.overrides[0]?.closesAt ?? attempt.quiz.closesAt;
  const visibility = decideReviewVisibility({ options: attempt.quiz.reviewOptions, finished: state.state === "finished", closesAt, now });
  const items = state.state === "finished" ? await loadAttemptItems(prisma, attemptId) : [];
  const slugs = [...new Set(items.flatMap((i) => i.content.sources.map((s) => s.reading)))];
  const titles = new Map((await prisma.reading.findMany({ where: { slug: { in: slugs } }, select: { slug: true, title: true } })).map((r) => [r.slug, r.title]));
  return {
    attemptId, quizId: state.quizId, quizTitle: state.quizTitle, number: state.number,
    finishedAt: attempt.finishedAt?.toISOString() ?? null, finishedBy: attempt.finishedBy, visibility,
    closesAt: closesAt?.toISOString() ?? null,
    ...(visibility.score && attempt.score !== null && attempt.maxScore !== null ? { score: { score: attempt.score, maxScore: attempt.maxScore } } : {}),
    items: items.map((item) => reviewItem(item, visibility, titles)),
  };
}
