import { formatPercent } from "@/components/analytics/format";
import { PerformanceChart } from "@/components/charts/performance-chart";
import { Card } from "@/components/ui/card";
import type { PerformanceGroup } from "@/lib/analytics/questions/class-question-insights";

/** Quiz score and flashcard recall per group: the chart for the eye, the table for everyone. */
export function PerformanceCard({ title, groupName, groups }: { title: string; groupName: string; groups: PerformanceGroup[] }) {
  return (
    <Card title={title}>
      <PerformanceChart groups={groups} />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">Show as a table</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="font-medium">{groupName}</th>
              <th scope="col" className="font-medium">Quiz score (answers)</th>
              <th scope="col" className="font-medium">Flashcard recall (reviews)</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key}>
                <th scope="row" className="font-normal">{g.label}</th>
                <td className="tabular-nums">{formatPercent(g.quizScore)} ({g.quizItems})</td>
                <td className="tabular-nums">{formatPercent(g.recall)} ({g.reviews})</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Card>
  );
}
