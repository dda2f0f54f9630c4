"use client";
// Review charts shared by a student's stats page and the instructor's class dashboard (recharts). The sized parent is
// what ResponsiveContainer measures; the chart is hidden from assistive technology (and out of the tab order)
// because the same figures follow as a table (./chart-table.tsx).
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { WeekRetention } from "@/lib/srs/review-days";

const shortDay = (day: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
const percent = (value: number) => `${Math.round(value * 100)}%`;

/** True retention per week (share of first reviews of a day that were not Again). */
export function RetentionChart({ weeks }: { weeks: WeekRetention[] }) {
  return (
    <div className="h-56 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis domain={[0, 1]} tickFormatter={percent} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => percent(Number(value))} />
          <Line type="monotone" dataKey="retention" name="Retention" stroke="#2443b5" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Reviews per day (a class's, on the dashboard). */
export function ReviewsPerDayChart({ days }: { days: { day: string; reviews: number }[] }) {
  const data = days.map((d) => ({ ...d, label: shortDay(d.day) }));
  return (
    <div className="h-56 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="reviews" name="Reviews" fill="#2443b5" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
