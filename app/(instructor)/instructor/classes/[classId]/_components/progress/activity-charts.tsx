import { ChartTable } from "@/components/charts/chart-table";
import { RetentionChart, ReviewsPerDayChart } from "@/components/charts/review-charts";
import { Card } from "@/components/ui/card";
import { getClassActivity } from "@/lib/analytics/class-activity";

/** Streamed apart from the table (it reads every log of the last eight weeks): see lib/analytics/class-activity.ts. */
export async function ActivityCharts({ classId, instructorId, timeZone }: { classId: string; instructorId: string; timeZone: string }) {
  const { reviewsPerDay, retentionByWeek } = await getClassActivity({ classId, instructorId, now: new Date(), timeZone });
  const total = reviewsPerDay.reduce((n, d) => n + d.reviews, 0);
  const last = retentionByWeek.at(-1);
  return (
    <div className="grid gap-6 md:grid-cols-2 [&>*]:min-w-0">
      <Card title="Class reviews per day">
        <p className="mb-2 text-sm text-slate-700">{total} reviews in the last eight weeks.</p>
        {reviewsPerDay.length > 0 && <ReviewsPerDayChart days={reviewsPerDay} />}
        <ChartTable caption="Class reviews per day" head={["Day", "Reviews"]} rows={reviewsPerDay.map((d) => [d.day, d.reviews])} />
      </Card>
      <Card title="Class true retention by week">
        <p className="mb-2 text-sm text-slate-700">
          {last ? `Last week with reviews: ${Math.round(last.retention * 100)}% remembered (${last.reviews} first reviews of the day).` : "No reviews of cards in review yet."}
        </p>
        {retentionByWeek.length > 0 && <RetentionChart weeks={retentionByWeek} />}
        <ChartTable caption="Class retention per week" head={["Week", "Retention"]} rows={retentionByWeek.map((w) => [w.week, `${Math.round(w.retention * 100)}% of ${w.reviews}`])} />
      </Card>
    </div>
  );
}
