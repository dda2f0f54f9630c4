import Link from "next/link";
import { FlagList } from "@/components/analytics/flag-list";
import { Card, EmptyState } from "@/components/ui/card";
import type { ClassQuestionInsights } from "@/lib/analytics/questions/class-question-insights";
import { FLAG_RULES } from "@/lib/analytics/questions/question-flags";

type Question = ClassQuestionInsights["questions"][number];

/** Each flagged question with its reasons and links; regrading happens on the quiz's item analysis page. */
export function FlaggedQuestions({ questions, classId }: { questions: Question[]; classId: string }) {
  return (
    <Card title={`Flagged questions (${questions.length})`}>
      <p className="mb-3 text-sm text-slate-700">
        Flagged: negative discrimination or a facility under {Math.round(FLAG_RULES.facilityBelow * 100)}% in a quiz (from {FLAG_RULES.minAttempts} first
        attempts on), or a flashcard lapse rate far above its reading&apos;s (at least {FLAG_RULES.lapse.minReviews} reviews, {Math.round(FLAG_RULES.lapse.minExcess * 100)} points
        higher, and more than chance explains).
      </p>
      {questions.length === 0 ? (
        <EmptyState title="No question is flagged" />
      ) : (
        <ul className="divide-y divide-slate-200">
          {questions.map((q) => {
            const quizzes = [...new Map(q.flags.flatMap((f) => (f.quiz ? [[f.quiz.id, f.quiz] as const] : []))).values()];
            return (
              <li key={q.questionId} className="space-y-2 py-3">
                <p className="font-medium">{q.prompt}</p>
                <p className="text-xs text-slate-600">{q.questionId}{q.readingTitle ? ` · ${q.readingTitle}` : ""}</p>
                <FlagList flags={q.flags.map((f) => ({ ...f, message: f.quiz ? `${f.quiz.title}: ${f.message}` : `Flashcards: ${f.message}` }))} links={q.links} prompt={q.prompt} />
                {quizzes.map((quiz) => (
                  <Link key={quiz.id} href={`/instructor/classes/${classId}/quizzes/${quiz.id}/analysis`} className="mr-4 text-sm text-brand-700 underline">
                    Item analysis and regrade: {quiz.title}
                  </Link>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
