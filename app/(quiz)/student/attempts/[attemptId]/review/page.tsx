import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { loadAttemptReview, type ReviewItem } from "@/lib/quiz/attempt-review";
import { formatDayAndTime } from "@/lib/zoned-time";

export const metadata: Metadata = { title: "Attempt review" };

const round = (n: number) => (Math.round(n * 100) / 100).toString();

/** The student's own response as text: what they chose or typed, in the order they gave it. */
function responseText(response: unknown): string {
  if (response === null || response === undefined || response === "") return "No answer";
  if (typeof response === "boolean") return response ? "True" : "False";
  if (Array.isArray(response)) return response.join(" → ");
  if (typeof response === "object") return Object.entries(response as Record<string, string>).map(([l, r]) => `${l} — ${r}`).join("; ");
  return String(response);
}

function ReviewQuestion({ item, index }: { item: ReviewItem; index: number }) {
  return (
    <li className="space-y-2 py-4">
      <p className="text-sm text-slate-600">Question {index + 1} · {item.readingTitle}</p>
      <p className="font-medium">{item.view.prompt}</p>
      <p><span className="font-medium">Your answer:</span> {responseText(item.response)}</p>
      {item.mark && (
        <p className={item.mark.correct ? "text-green-800" : item.mark.partial ? "text-amber-800" : "text-red-800"}>
          {item.mark.correct ? "Correct" : item.mark.partial ? "Partly correct" : "Incorrect"} · {round(item.mark.earned)} / {round(item.points)}
        </p>
      )}
      {item.answer !== undefined && <p><span className="font-medium">Right answer:</span> {item.answer}</p>}
      {item.explanation !== undefined && <p className="text-slate-700">{item.explanation}</p>}
      {item.quotes?.map((q) => (
        <blockquote key={q.text} className="border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
          “{q.text}” — <a href={q.href} className="text-brand-700 underline">{q.readingTitle}</a>
        </blockquote>
      ))}
    </li>
  );
}

export default async function AttemptReviewPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requireRole("STUDENT");
  const { attemptId } = await params;
  const now = new Date();
  const review = /^[A-Za-z0-9_-]{8,64}$/.test(attemptId) ? await loadAttemptReview({ attemptId, studentId: user.id, now }) : null;
  if (!review) notFound();
  if (!review.finishedAt) redirect(`/student/attempts/${attemptId}`);
  const { visibility } = review;
  const later = review.closesAt && now < new Date(review.closesAt) ? ` after the quiz closes (${formatDayAndTime(review.closesAt, now, user.timeZone)})` : "";
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <BackLink href={`/student/quizzes/${review.quizId}`}>{review.quizTitle}</BackLink>
        <h1 className="mt-2 text-2xl font-bold">Attempt {review.number}: submitted</h1>
        <p className="text-slate-700">
          Submitted {formatDayAndTime(review.finishedAt, now, user.timeZone)}
          {review.finishedBy === "timer" || review.finishedBy === "sweep" || review.finishedBy === "lazy" ? " automatically when the time ran out" : ""}.
        </p>
      </div>
      <Card title="Result">
        {review.score ? (
          <p className="text-xl font-semibold">Score: {round(review.score.score)} / {round(review.score.maxScore)}</p>
        ) : (
          <p>Your score is not shown yet{visibility.score ? "" : later || " for this quiz"}.</p>
        )}
        {!visibility.correctness && <p className="mt-2 text-sm text-slate-700">Which answers were right is not shown{later || " for this quiz"}.</p>}
      </Card>
      <Card title="Your answers">
        <ol className="divide-y divide-slate-100">
          {review.items.map((item, i) => <ReviewQuestion key={item.position} item={item} index={i} />)}
        </ol>
      </Card>
    </div>
  );
}
