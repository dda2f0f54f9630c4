// Shared display helpers of the class dashboard (pure; dates arrive as ISO strings).
export const percent = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

/** "today", "1 day ago", "12 days ago" relative to `now`; "never" for null. */
export function daysAgo(iso: string | null, now: string): string {
  if (!iso) return "never";
  const days = Math.floor((Date.parse(now) - Date.parse(iso)) / 86_400_000);
  return days <= 0 ? "today" : days === 1 ? "1 day ago" : `${days} days ago`;
}

export const isoDay = (iso: string | null) => iso?.slice(0, 10) ?? "—";

export function formatGrade(grade: number | null, max: number | null): string {
  if (grade === null) return "—";
  const g = Math.round(grade * 10) / 10;
  return max === null ? String(g) : `${g}/${max}`;
}
