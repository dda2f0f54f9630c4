import type { StudentStats } from "@/lib/srs/types";

const LEVELS = [
  { min: 30, color: "#1e3790" },
  { min: 15, color: "#2f54d9" },
  { min: 5, color: "#7d9bf0" },
  { min: 1, color: "#c7d6fd" },
  { min: 0, color: "#e2e8f0" },
];

const longDay = (day: string) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

/** A year of reviews, one square per day, weeks as columns (Monday on top); each square says its day and count. */
export function ReviewHeatmap({ days: counted, today }: { days: StudentStats["heatmap"]; today: string }) {
  const byDay = new Map(counted.map((d) => [d.day, d.reviews]));
  const end = Date.parse(`${today}T00:00:00Z`);
  // Every day of the last year, reviewed or not (the query lists only days with reviews).
  const days = Array.from({ length: 365 }, (_, i) => {
    const day = new Date(end - (364 - i) * 86_400_000).toISOString().slice(0, 10);
    return { day, reviews: byDay.get(day) ?? 0 };
  });
  const firstWeekday = days.length ? (new Date(`${days[0].day}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
  const total = days.reduce((sum, d) => sum + d.reviews, 0);
  const active = days.filter((d) => d.reviews > 0).length;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {total} reviews on {active} {active === 1 ? "day" : "days"} in the last year.
      </p>
      <div role="region" className="overflow-x-auto pb-2" tabIndex={0} aria-label="Reviews per day, scrollable">
        <div role="list" aria-label="Reviews per day" className="grid w-max grid-flow-col grid-rows-7 gap-[3px]">
          {Array.from({ length: firstWeekday }, (_, i) => (
            <div key={`pad-${i}`} aria-hidden className="size-3" />
          ))}
          {days.map((d) => {
            const label = `${longDay(d.day)}: ${d.reviews} ${d.reviews === 1 ? "review" : "reviews"}`;
            return <div key={d.day} role="listitem" aria-label={label} title={label} className="size-3 rounded-[2px]" style={{ background: LEVELS.find((l) => d.reviews >= l.min)!.color }} />;
          })}
        </div>
      </div>
      <p className="flex items-center gap-1 text-xs text-slate-600" aria-hidden>
        Fewer
        {[...LEVELS].reverse().map((l) => (
          <span key={l.min} className="inline-block size-3 rounded-[2px]" style={{ background: l.color }} />
        ))}
        More
      </p>
    </div>
  );
}
