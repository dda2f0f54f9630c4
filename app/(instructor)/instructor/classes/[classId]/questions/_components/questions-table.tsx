import Link from "next/link";
import { formatDecimal, formatPercent } from "@/components/analytics/format";
import { kindLabel } from "@/components/reading/question-labels";
import type { ClassQuestionInsights } from "@/lib/analytics/questions/class-question-insights";

const HEADS = ["Question", "Reading", "Kind", "Quiz score (answers)", "Flashcard recall (reviews)", "Mean D", "Flags"];

/** Every question with quiz answers or flashcards in the class, by reading. */
export function QuestionsTable({ questions }: { questions: ClassQuestionInsights["questions"] }) {
  return (
    <div className="max-h-[36rem] overflow-auto">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Quiz results and flashcard memory per question</caption>
        <thead className="sticky top-0 border-b border-slate-200 bg-white text-slate-700">
          <tr>{HEADS.map((h) => <th key={h} scope="col" className="px-2 py-2 font-medium">{h}</th>)}</tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.questionId} className="border-b border-slate-100 align-top">
              <th scope="row" className="max-w-sm px-2 py-2 font-normal">
                <Link href={q.links.editor} className="text-brand-700 underline">{q.prompt}</Link>
              </th>
              <td className="px-2 py-2">{q.readingTitle ?? "–"}</td>
              <td className="px-2 py-2">{kindLabel(q.kind)}</td>
              <td className="px-2 py-2 tabular-nums">{formatPercent(q.quizScore)} ({q.quizItems})</td>
              <td className="px-2 py-2 tabular-nums">{formatPercent(q.recall)} ({q.reviews})</td>
              <td className="px-2 py-2 tabular-nums">{formatDecimal(q.meanDifficulty, 1)}</td>
              <td className="px-2 py-2">{q.flags.length ? <span className="font-medium text-red-800">{q.flags.length}</span> : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
