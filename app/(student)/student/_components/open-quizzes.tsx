import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { QuizSummary } from "@/lib/quiz/student-quizzes";
import { formatDayAndTime } from "@/lib/zoned-time";

function attemptsLeftText(quiz: QuizSummary): string {
  if (quiz.attemptsLeft === null) return "Unlimited attempts";
  return `${quiz.attemptsLeft} ${quiz.attemptsLeft === 1 ? "attempt" : "attempts"} left`;
}

/** The Today page's open quizzes, closing first: close time in the student's zone and attempts left. */
export function OpenQuizzes({ quizzes, now, timeZone }: { quizzes: QuizSummary[]; now: Date; timeZone: string }) {
  if (quizzes.length === 0) return null;
  return (
    <Card title="Quizzes">
      <ul className="divide-y divide-slate-100">
        {quizzes.map((quiz) => (
          <li key={quiz.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
            <div>
              <Link href={`/student/quizzes/${quiz.id}`} className="font-medium text-brand-700 underline">
                {quiz.title}
              </Link>
              <span className="ml-2 text-sm text-slate-600">{quiz.className}</span>
            </div>
            <p className="text-sm text-slate-700">
              {quiz.inProgressAttemptId ? <strong>In progress · </strong> : null}
              {quiz.closesAt ? `Closes ${formatDayAndTime(quiz.closesAt, now, timeZone)}` : "No close time"} · {attemptsLeftText(quiz)}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
