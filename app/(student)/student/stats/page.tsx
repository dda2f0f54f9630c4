import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Card, EmptyState } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { getStudentStats } from "@/lib/srs/queries";
import type { CardStateName } from "@/lib/srs/types";
import { ReadingProgress } from "@/components/reading-progress";
import { ChartTable } from "@/components/charts/chart-table";
import { RetentionChart } from "@/components/charts/review-charts";
import { ForecastChart } from "./_components/stats-charts";
import { ReviewHeatmap } from "./_components/review-heatmap";

export const metadata: Metadata = { title: "Study stats" };

const STATE_LABEL: Record<CardStateName, string> = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" };

function Figure({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <Card title={title}>
      <p className="mb-2 text-sm text-slate-700">{summary}</p>
      {children}
    </Card>
  );
}

export default async function StatsPage() {
  const user = await requireRole("STUDENT");
  const stats = await getStudentStats({ studentId: user.id, now: new Date() });
  const dueSoon = stats.forecast.slice(0, 7).reduce((sum, d) => sum + d.due, 0);
  const dueMonth = stats.forecast.reduce((sum, d) => sum + d.due, 0);
  const reviewedWeeks = stats.retentionByWeek.filter((w) => w.reviews > 0);
  const lastWeek = reviewedWeeks.at(-1);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Study stats</h1>
      <div className="grid gap-6 md:grid-cols-2">
        <Figure title="Due in the next 30 days" summary={`${dueSoon} cards due in the next 7 days, ${dueMonth} in the next 30.`}>
          <ForecastChart forecast={stats.forecast} />
          <ChartTable caption="Cards due per day" head={["Day", "Cards due"]} rows={stats.forecast.map((d) => [d.day, d.due])} />
        </Figure>
        <Figure
          title="True retention by week"
          summary={lastWeek ? `Last week with reviews: ${Math.round(lastWeek.retention * 100)}% remembered (${lastWeek.reviews} reviews).` : "No reviews yet."}
        >
          {reviewedWeeks.length > 0 && <RetentionChart weeks={reviewedWeeks} />}
          <ChartTable caption="Retention per week" head={["Week", "Retention"]} rows={reviewedWeeks.map((w) => [w.week, `${Math.round(w.retention * 100)}% of ${w.reviews}`])} />
        </Figure>
      </div>
      <Card title="Reviews per day">
        <ReviewHeatmap days={stats.heatmap} today={stats.forecast[0]?.day ?? new Date().toISOString().slice(0, 10)} />
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Cards by state">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {stats.byState.map((s) => (
              <div key={s.state} className="rounded-md bg-slate-50 p-3 text-center ring-1 ring-slate-200">
                <dt className="text-sm text-slate-600">{STATE_LABEL[s.state]}</dt>
                <dd className="text-2xl font-semibold">{s.count}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Readings">
          {stats.readings.length === 0 ? (
            <EmptyState title="No readings assigned yet" />
          ) : (
            <ul className="space-y-3">
              {stats.readings.map((r) => (
                <li key={r.slug}>
                  <p className="mb-1 text-sm font-medium">{r.title}</p>
                  <ReadingProgress studied={r.studied} total={r.total} title={r.title} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
