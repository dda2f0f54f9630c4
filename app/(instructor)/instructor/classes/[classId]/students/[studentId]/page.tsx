import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartTable } from "@/components/charts/chart-table";
import { ReviewsPerDayChart } from "@/components/charts/review-charts";
import { ReadingProgress } from "@/components/reading-progress";
import { BackLink } from "@/components/ui/back-link";
import { Card, EmptyState } from "@/components/ui/card";
import { getStudentProgress } from "@/lib/analytics/student-progress";
import { requireRole } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { isAppError } from "@/lib/errors";
import { AtRiskReasons } from "../../_components/progress/at-risk-list";
import { daysAgo, isoDay, percent } from "../../_components/progress/format";

export const metadata: Metadata = { title: "Student progress" };

const minutes = (a: string, b: string | null) => (b ? `${Math.max(1, Math.round((Date.parse(b) - Date.parse(a)) / 60_000))} min` : "—");

async function load(classId: string, studentId: string, instructorId: string, timeZone: string) {
  if (!idSchema.safeParse(classId).success || !idSchema.safeParse(studentId).success) notFound();
  try {
    return await getStudentProgress({ classId, instructorId, studentId, now: new Date(), timeZone });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export default async function StudentProgressPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const { classId, studentId } = await params;
  const user = await requireRole("INSTRUCTOR");
  const p = await load(classId, studentId, user.id, user.timeZone);
  const now = new Date().toISOString();
  const total = p.reviewsPerDay.reduce((n, d) => n + d.reviews, 0);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/instructor/classes/${classId}`}>{p.class.name}</BackLink>
        <h1 className="mt-2 text-2xl font-bold">{p.student.name}</h1>
        <p className="text-sm break-all text-slate-600">{p.student.email} · joined {isoDay(p.student.enrolledAt)}</p>
      </div>
      <Card title="Summary">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Last active", daysAgo(p.student.lastActiveAt, now)],
            ["Reviews (7 days)", String(p.reviews7d)],
            ["Overdue cards", String(p.overdue)],
            ["Recall of studied cards", percent(p.meanRecall)],
          ].map(([label, value]) => (
            <div key={label} className="rounded-md bg-slate-50 p-3 text-center ring-1 ring-slate-200">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="text-xl font-semibold">{value}</dd>
            </div>
          ))}
        </dl>
        {p.reasons.length > 0 && (
          <AtRiskReasons reasons={p.reasons} className="mt-4 space-y-1 text-sm" />
        )}
      </Card>
      <div className="grid gap-6 md:grid-cols-2 [&>*]:min-w-0">
        <Card title="Readings">
          {p.readings.length === 0 ? (
            <EmptyState title="No readings assigned yet" />
          ) : (
            <ul className="space-y-3">
              {p.readings.map((r) => (
                <li key={r.assignmentId}>
                  <p className="mb-1 text-sm font-medium">{r.title}</p>
                  <ReadingProgress studied={r.studied} total={r.cards} title={r.title} />
                  <p className="mt-1 text-xs text-slate-600">
                    Recall now {percent(r.recallNow)} (unstudied cards count 0)
                    {r.dueAt && ` · due ${isoDay(r.dueAt)}`}
                    {r.recallAtDue !== null && ` · predicted on the due date ${percent(r.recallAtDue)}`}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Reviews per day">
          <p className="mb-2 text-sm text-slate-700">{total} reviews in the last 120 days.</p>
          {p.reviewsPerDay.length > 0 && <ReviewsPerDayChart days={p.reviewsPerDay} />}
          <ChartTable caption="Reviews per day" head={["Day", "Reviews"]} rows={p.reviewsPerDay.map((d) => [d.day, d.reviews])} />
        </Card>
      </div>
      <Card title="Quiz attempts">
        {p.attempts.length === 0 ? (
          <EmptyState title="No quiz attempts yet" />
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Quiz attempts, newest first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Quiz</th>
                <th scope="col" className="py-2 pr-3 font-medium">Started</th>
                <th scope="col" className="py-2 pr-3 font-medium">Time taken</th>
                <th scope="col" className="py-2 pr-3 font-medium">Score</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {p.attempts.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link href={`/instructor/classes/${classId}/quizzes/${a.quizId}/attempts/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {a.quizTitle}, attempt {a.number}
                    </Link>
                  </th>
                  <td className="py-2 pr-3">{a.startedAt.slice(0, 16).replace("T", " ")} UTC</td>
                  <td className="py-2 pr-3">{a.state === "finished" ? `${minutes(a.startedAt, a.finishedAt)}${a.finishedBy && a.finishedBy !== "student" ? ` (ended by ${a.finishedBy})` : ""}` : "in progress"}</td>
                  <td className="py-2 pr-3">{a.score === null ? "—" : `${Math.round(a.score * 10) / 10}${a.maxScore !== null ? `/${a.maxScore}` : ""}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
