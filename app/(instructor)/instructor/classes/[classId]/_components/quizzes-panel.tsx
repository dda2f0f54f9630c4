import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { listClassQuizzes, type QuizStatus } from "@/lib/quiz/quiz-queries";
import { formatDayAndTime } from "@/lib/zoned-time";

const STATUS: Record<QuizStatus, { label: string; className: string }> = {
  draft: { label: "Draft", className: "bg-slate-200 text-slate-800" },
  scheduled: { label: "Scheduled", className: "bg-amber-100 text-amber-900" },
  open: { label: "Open", className: "bg-green-100 text-green-900" },
  closed: { label: "Closed", className: "bg-slate-100 text-slate-700" },
};

/** The class's quizzes with their state, window and attempts; links to build, preview and mark them. */
export async function QuizzesPanel({ classId, instructorId, timeZone }: { classId: string; instructorId: string; timeZone: string }) {
  const now = new Date();
  const quizzes = (await listClassQuizzes({ classId, instructorId, now })) ?? [];
  const base = `/instructor/classes/${classId}/quizzes`;
  const when = (d: Date | null) => (d ? formatDayAndTime(d.toISOString(), now, timeZone) : null);
  return (
    <Card
      title="Quizzes"
      actions={
        <div className="flex flex-wrap items-center gap-3">
          <Link href={`/instructor/classes/${classId}/questions`} className="text-sm font-medium text-brand-700 underline">Question insights</Link>
          <a href={`/api/classes/${classId}/exports/gradebook.csv`} download className="text-sm font-medium text-brand-700 underline">Gradebook (CSV)</a>
          <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">New quiz</Link>
        </div>
      }
    >
      {quizzes.length === 0 ? (
        <EmptyState title="No quizzes yet">Build one from the readings' questions: pick questions, draw from pools, or both.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {quizzes.map((q) => (
            <li key={q.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div>
                <Link href={`${base}/${q.id}`} className="font-medium text-brand-700 underline">{q.title}</Link>
                <span className={`ml-2 rounded px-2 py-0.5 text-xs font-semibold ${STATUS[q.status].className}`}>{STATUS[q.status].label}</span>
                <p className="text-sm text-slate-600">
                  {q.questions} question{q.questions === 1 ? "" : "s"}
                  {q.timeLimitSeconds ? ` · ${Math.round(q.timeLimitSeconds / 60)} min` : " · untimed"}
                  {when(q.opensAt) && ` · opens ${when(q.opensAt)}`}
                  {when(q.closesAt) && ` · closes ${when(q.closesAt)}`}
                  {` · ${q.attempts} attempt${q.attempts === 1 ? "" : "s"}`}
                </p>
              </div>
              <div className="flex gap-3 text-sm">
                <Link href={`${base}/${q.id}/preview`} className="text-brand-700 underline">Preview<span className="sr-only"> {q.title}</span></Link>
                <Link href={`${base}/${q.id}/attempts`} className="text-brand-700 underline">Attempts<span className="sr-only"> of {q.title}</span></Link>
                {q.attempts > 0 && <Link href={`${base}/${q.id}/analysis`} className="text-brand-700 underline">Item analysis<span className="sr-only"> of {q.title}</span></Link>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
