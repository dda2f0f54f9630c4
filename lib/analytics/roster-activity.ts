// The class's students with their recent activity and accommodation, in one statement: the review log is read
// through its (studentId, reviewedAt) index per enrolled student, never scanned whole.
import "server-only";
import { srsPool } from "@/lib/srs/pool";

export type RosterActivity = {
  studentId: string;
  name: string;
  email: string;
  enrolledAt: Date;
  lastReviewAt: Date | null;
  lastAttemptAt: Date | null;
  reviews7d: number;
  accommodation: { timeMultiplier: number; extraSeconds: number; extraAttempts: number; note: string | null } | null;
};

const ROSTER_SQL = `
  SELECT u.id AS "studentId", u.name, u.email, e."createdAt" AS "enrolledAt",
         lr.at AS "lastReviewAt", la.at AS "lastAttemptAt", r7.n AS "reviews7d",
         ac."timeMultiplier", ac."extraSeconds", ac."extraAttempts", ac.note, ac."classId" IS NOT NULL AS "hasAccommodation"
  FROM "Enrollment" e
  JOIN "User" u ON u.id = e."studentId"
  LEFT JOIN LATERAL (
    SELECT "reviewedAt" AS at FROM "ReviewLog" l WHERE l."studentId" = e."studentId" ORDER BY "reviewedAt" DESC LIMIT 1
  ) lr ON true
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS n FROM "ReviewLog" l WHERE l."studentId" = e."studentId" AND l."reviewedAt" >= $2::timestamp
  ) r7 ON true
  LEFT JOIN LATERAL (
    SELECT max(a."startedAt") AS at FROM "Attempt" a JOIN "Quiz" q ON q.id = a."quizId" AND q."classId" = $1
    WHERE a."studentId" = e."studentId"
  ) la ON true
  LEFT JOIN "Accommodation" ac ON ac."classId" = $1 AND ac."studentId" = e."studentId"
  WHERE e."classId" = $1
  ORDER BY u.name, u.email`;

export async function loadRosterActivity({ classId, now }: { classId: string; now: Date }): Promise<RosterActivity[]> {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const { rows } = await srsPool().query(ROSTER_SQL, [classId, weekAgo]);
  return rows.map((r) => ({
    studentId: r.studentId,
    name: r.name,
    email: r.email,
    enrolledAt: r.enrolledAt,
    lastReviewAt: r.lastReviewAt,
    lastAttemptAt: r.lastAttemptAt,
    reviews7d: r.reviews7d,
    accommodation: r.hasAccommodation
      ? { timeMultiplier: r.timeMultiplier, extraSeconds: r.extraSeconds, extraAttempts: r.extraAttempts, note: r.note }
      : null,
  }));
}

export const lastActiveOf = (a: Pick<RosterActivity, "lastReviewAt" | "lastAttemptAt">): Date | null =>
  !a.lastReviewAt ? a.lastAttemptAt : !a.lastAttemptAt ? a.lastReviewAt : a.lastReviewAt > a.lastAttemptAt ? a.lastReviewAt : a.lastAttemptAt;
