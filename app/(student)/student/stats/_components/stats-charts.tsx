"use client";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StudentStats } from "@/lib/srs/types";

const shortDay = (day: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Due cards per day for the next 30 days. The sized parent is what ResponsiveContainer measures; the chart is hidden
 * from assistive technology (and out of the tab order) because the same figures follow as a table. */
export function ForecastChart({ forecast }: { forecast: StudentStats["forecast"] }) {
  const data = forecast.map((d) => ({ ...d, label: shortDay(d.day) }));
  return (
    <div className="h-56 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="due" name="Cards due" fill="#2443b5" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** True retention per week (share of first reviews of a day that were not Again). */
export function RetentionChart({ weeks }: { weeks: StudentStats["retentionByWeek"] }) {
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
