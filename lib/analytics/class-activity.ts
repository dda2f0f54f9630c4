// The class's activity charts: reviews per day and true retention by week, over the enrolled students' logs, with the
// same SQL and definition as a student's own stats page (lib/srs/review-days.ts). Kept apart from the progress table:
// it reads every log of the period (a scan of ~150,000 rows for a big class), so the page streams it in its own
// Suspense boundary and the table never waits for it (docs/decisions/012-dashboard.md).
import "server-only";
import { srsPool } from "@/lib/srs/pool";
import { loadReviewDays, retentionByWeek, type WeekRetention } from "@/lib/srs/review-days";
import { loadClassContext } from "./class-context";

/** How far back the class charts go: eight weeks. */
export const CHART_DAYS = 56;

export type ClassActivity = { reviewsPerDay: { day: string; reviews: number }[]; retentionByWeek: WeekRetention[] };

export async function getClassActivity({
  classId,
  instructorId,
  now,
  timeZone = "UTC",
  days = CHART_DAYS,
}: {
  classId: string;
  instructorId: string;
  now: Date;
  /** Whose calendar the days follow (the viewing instructor's). */
  timeZone?: string;
  days?: number;
}): Promise<ClassActivity> {
  const ctx = await loadClassContext({ classId, instructorId });
  const rows = await loadReviewDays(srsPool(), {
    timeZone,
    dayStartHour: ctx.dayStartHour,
    from: new Date(now.getTime() - days * 86_400_000),
    studentFilter: `"studentId" IN (SELECT "studentId" FROM "Enrollment" WHERE "classId" = $4)`,
    params: [classId],
  });
  return { reviewsPerDay: rows.map(({ day, reviews }) => ({ day, reviews })), retentionByWeek: retentionByWeek(rows) };
}
