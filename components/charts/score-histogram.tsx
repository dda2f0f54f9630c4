"use client";
// Issue 9: a quiz's score distribution (its item analysis page; the class dashboard may show it too).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ScoreBin } from "@/lib/analytics/questions/quiz-item-stats";

/** Attempts per tenth of the maximum score. Hidden from assistive technology: the same figures follow as a table. */
export function ScoreHistogram({ bins }: { bins: ScoreBin[] }) {
  return (
    <div className="h-56 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bins} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={8} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" name="Attempts" fill="#2443b5" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
