"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PerformanceGroup } from "@/lib/analytics/questions/class-question-insights";

const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * Quiz score and flashcard recall side by side per group (kind or reading), as horizontal bars so that long names
 * (a reading's title) stay readable on a phone; the same figures follow as a table.
 */
export function PerformanceChart({ groups }: { groups: PerformanceGroup[] }) {
  const data = groups.map((g) => ({ label: g.label.length > 24 ? `${g.label.slice(0, 23)}…` : g.label, quiz: g.quizScore, recall: g.recall }));
  return (
    <div className="w-full" style={{ height: 72 + data.length * 44 }} aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={percent} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={128} interval={0} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => (value === null || value === undefined ? "–" : percent(Number(value)))} />
          <Legend />
          <Bar dataKey="quiz" name="Quiz score (first attempts)" fill="#2443b5" isAnimationActive={false} />
          <Bar dataKey="recall" name="Flashcard recall" fill="#d97706" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
