import { formatPercent } from "@/components/analytics/format";
import { ChartTable } from "@/components/charts/chart-table";
import { PerformanceChart } from "@/components/charts/performance-chart";
import { Card } from "@/components/ui/card";
import type { PerformanceGroup } from "@/lib/analytics/questions/class-question-insights";

/** Quiz score and flashcard recall per group: the chart for the eye, the table for everyone. */
export function PerformanceCard({ title, groupName, groups }: { title: string; groupName: string; groups: PerformanceGroup[] }) {
  return (
    <Card title={title}>
      <PerformanceChart groups={groups} />
      <ChartTable
        caption={title}
        head={[groupName, "Quiz score (answers)", "Flashcard recall (reviews)"]}
        rows={groups.map((g) => [g.label, `${formatPercent(g.quizScore)} (${g.quizItems})`, `${formatPercent(g.recall)} (${g.reviews})`])}
      />
    </Card>
  );
}
