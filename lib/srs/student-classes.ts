// A student's classes with the flashcard settings that apply to them (class settings, then the student's override):
// the queue, the Today page and the new-card limits all start here.
import type pg from "pg";
import { settingsFromRow } from "./card-context";
import { DEFAULT_SETTINGS, type SchedulerSettings } from "./scheduler";
import { studyDay } from "./study-day";

export type StudentClass = { classId: string; className: string; archived: boolean; settings: SchedulerSettings; newPerDay: number; dayStartHour: number };
export type StudentClasses = { timeZone: string; classes: StudentClass[]; day: { start: Date; end: Date }; dayStartHour: number };

/** Oldest enrollment first: its day boundary is the student's (docs/decisions/009-flashcards.md). */
export async function loadStudentClasses(pool: pg.Pool, studentId: string, now: Date): Promise<StudentClasses> {
  const { rows } = await pool.query(
    `SELECT e."classId", k.name AS "className", k.archived, u."timeZone", e."newPerDay" AS "overrideNew", s."newPerDay",
            s."desiredRetention" AS retention, e."desiredRetention" AS "overrideRetention", s."maximumInterval",
            s."learningSteps" AS steps, s."relearningSteps", s.params, s."dayStartHour"
     FROM "User" u
     LEFT JOIN "Enrollment" e ON e."studentId" = u.id
     LEFT JOIN "Class" k ON k.id = e."classId"
     LEFT JOIN "SrsSettings" s ON s."classId" = e."classId"
     WHERE u.id = $1
     ORDER BY e."createdAt", e."classId"`,
    [studentId],
  );
  const timeZone = rows[0]?.timeZone ?? "UTC";
  const classes: StudentClass[] = rows
    .filter((r) => r.classId)
    .map((r) => ({
      classId: r.classId,
      className: r.className,
      archived: r.archived ?? false,
      settings: settingsFromRow(r),
      newPerDay: r.overrideNew ?? r.newPerDay ?? DEFAULT_SETTINGS.newPerDay,
      dayStartHour: r.dayStartHour ?? DEFAULT_SETTINGS.dayStartHour,
    }));
  const dayStartHour = classes[0]?.dayStartHour ?? DEFAULT_SETTINGS.dayStartHour;
  return { timeZone, classes, day: studyDay(now, timeZone, dayStartHour), dayStartHour };
}

/** New cards each class may still introduce today: its limit minus the new cards first rated since the day began. */
export async function newLeftByClass(pool: pg.Pool, studentId: string, sc: StudentClasses): Promise<Map<string | null, number>> {
  const { rows } = await pool.query<{ classId: string | null; n: number }>(
    `SELECT "classId", count(*)::int AS n FROM "ReviewLog"
     WHERE "studentId" = $1 AND "stateBefore" = 0 AND "reviewedAt" >= $2::timestamp GROUP BY 1`,
    [studentId, sc.day.start.toISOString()],
  );
  const used = new Map(rows.map((r) => [r.classId, r.n]));
  const left = new Map<string | null, number>(sc.classes.map((c) => [c.classId, Math.max(0, c.newPerDay - (used.get(c.classId) ?? 0))]));
  left.set(null, Math.max(0, DEFAULT_SETTINGS.newPerDay - (used.get(null) ?? 0)));
  return left;
}
