import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card, EmptyState } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { listQuizAttempts } from "@/lib/quiz/attempt-queries";
import { formatDayAndTime } from "@/lib/zoned-time";
import { RegradeForm } from "./_components/regrade-form";

export const metadata: Metadata = { title: "Quiz attempts" };

const FINISHED_BY: Record<string, string> = { student: "the student", timer: "the timer", sweep: "the server (sweep)", lazy: "the server" };
const score = (n: number | null) => (n === null ? "—" : String(Number(n.toFixed(2))));

export default async function QuizAttemptsPage({ params }: { params: Promise<{ classId: string; quizId: string }> }) {
  const { classId, quizId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (!idSchema.safeParse(classId).success || !idSchema.safeParse(quizId).success) notFound();
  const data = await listQuizAttempts({ quizId, instructorId: user.id });
  if (!data || data.quiz.classId !== classId) notFound();
  const now = new Date();
  const at = (d: Date | null) => (d ? formatDayAndTime(d.toISOString(), now, user.timeZone) : "—");
  const base = `/instructor/classes/${classId}/quizzes/${quizId}`;
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={base}>{data.quiz.title}</BackLink>
        <h1 className="mt-2 text-2xl font-bold">Attempts: {data.quiz.title}</h1>
        <p className="text-sm text-slate-700">Grade: the {data.quiz.gradingMethod} attempt{data.quiz.gradingMethod === "average" ? "s' mean" : ""}{data.maxScore !== null ? `, out of ${data.maxScore}` : ""}.</p>
      </div>
      <Card title="By student">
        {data.students.length === 0 ? <EmptyState title="No students in the class yet" /> : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Attempts by student</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr><th scope="col" className="py-2">Student</th><th scope="col" className="py-2">Attempt</th><th scope="col" className="py-2">Started</th><th scope="col" className="py-2">Finished</th><th scope="col" className="py-2">Score</th><th scope="col" className="py-2">Grade</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.students.map((s) => (s.attempts.length === 0 ? (
                <tr key={s.id}><th scope="row" className="py-2 font-medium">{s.name}</th><td colSpan={4} className="py-2 text-slate-600">No attempt</td><td className="py-2">—</td></tr>
              ) : s.attempts.map((a, i) => (
                <tr key={a.id}>
                  {i === 0 && <th scope="row" rowSpan={s.attempts.length} className="py-2 align-top font-medium">{s.name}</th>}
                  <td className="py-2"><Link href={`${base}/attempts/${a.id}`} className="text-brand-700 underline">Attempt {a.number}<span className="sr-only"> by {s.name}</span></Link>{a.reviewedAt && <span className="ml-1 text-xs text-slate-600">(reviewed)</span>}</td>
                  <td className="py-2">{at(a.startedAt)}</td>
                  <td className="py-2">{a.state === "finished" ? `${at(a.finishedAt)} by ${FINISHED_BY[a.finishedBy ?? ""] ?? a.finishedBy ?? "—"}` : "In progress"}</td>
                  <td className="py-2">{score(a.score)}{a.maxScore !== null ? ` / ${a.maxScore}` : ""}</td>
                  {i === 0 && <td rowSpan={s.attempts.length} className="py-2 align-top font-semibold">{score(s.grade)}</td>}
                </tr>
              ))))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title="Regrade a corrected question">
        {data.questionIds.length === 0 ? <p className="text-sm text-slate-600">No attempts yet.</p> : <RegradeForm quizId={quizId} questionIds={data.questionIds} />}
      </Card>
    </div>
  );
}
