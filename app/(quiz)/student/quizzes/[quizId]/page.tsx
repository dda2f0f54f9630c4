import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { loadQuizIntro } from "@/lib/quiz/student-quizzes";
import { formatDayAndTime } from "@/lib/zoned-time";
import { StartButton } from "./_components/start-button";

export const metadata: Metadata = { title: "Quiz" };

const GRADING: Record<string, string> = { highest: "your highest score", latest: "your latest attempt", first: "your first attempt", average: "the average of your attempts" };

function duration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60 ? `${minutes % 60} min` : ""}`.trim() : `${minutes} min`;
}

export default async function QuizIntroPage({ params }: { params: Promise<{ quizId: string }> }) {
  const user = await requireRole("STUDENT");
  const { quizId } = await params;
  const now = new Date();
  const quiz = /^[A-Za-z0-9_-]{8,64}$/.test(quizId) ? await loadQuizIntro({ quizId, studentId: user.id, now }) : null;
  if (!quiz) notFound();
  const when = (iso: string) => formatDayAndTime(iso, now, user.timeZone);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <BackLink href="/student">Today</BackLink>
        <h1 className="mt-2 text-2xl font-bold">{quiz.title}</h1>
        <p className="text-slate-700">{quiz.className}</p>
      </div>
      <Card title="About this quiz">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Questions</dt><dd>{quiz.questionCount}</dd>
          <dt className="font-medium">Time limit</dt>
          <dd>{quiz.timeLimitSeconds ? duration(quiz.timeLimitSeconds) : "None"}{quiz.accommodated ? " (your extra time is added when you start)" : ""}</dd>
          <dt className="font-medium">Opens</dt><dd>{quiz.opensAt ? when(quiz.opensAt) : "Open now"}</dd>
          <dt className="font-medium">Closes</dt><dd>{quiz.closesAt ? when(quiz.closesAt) : "No close time"}</dd>
          <dt className="font-medium">Attempts</dt>
          <dd>{quiz.attemptsAllowed === null ? "Unlimited" : `${quiz.attemptsUsed} of ${quiz.attemptsAllowed} used`}</dd>
          <dt className="font-medium">Grade</dt><dd>Counts {GRADING[quiz.gradingMethod] ?? GRADING.highest}</dd>
        </dl>
        <p className="mt-3 text-sm text-slate-700">
          {quiz.timeLimitSeconds || quiz.closesAt
            ? "The clock is the server's: when the time is up, your saved answers are submitted for you."
            : "Your answers are saved as you go; submit when you are done."}
        </p>
        <div className="mt-4">
          {quiz.inProgressAttemptId ? (
            <Link href={`/student/attempts/${quiz.inProgressAttemptId}`} className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
              Resume attempt
            </Link>
          ) : quiz.canStart ? (
            <StartButton quizId={quiz.id} label={quiz.attemptsUsed > 0 ? "Start another attempt" : "Start quiz"} />
          ) : (
            <p className="font-medium text-slate-800">{quiz.refusal}</p>
          )}
        </div>
      </Card>
      {quiz.attempts.length > 0 && (
        <Card title="Your attempts">
          <ul className="divide-y divide-slate-100">
            {quiz.attempts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                <span>Attempt {a.number} · started {when(a.startedAt)}</span>
                <span>
                  {a.state === "in_progress" ? "In progress" : "score" in a ? `Score ${formatScore(a.score!)} / ${formatScore(a.maxScore!)}` : "Submitted"}
                  {a.state === "finished" && (
                    <Link href={`/student/attempts/${a.id}/review`} className="ml-3 text-brand-700 underline" aria-label={`Review attempt ${a.number}`}>Review</Link>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}

const formatScore = (n: number) => (Math.round(n * 100) / 100).toString();
