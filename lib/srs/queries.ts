// Reads for the flashcard pages: SQL aggregates over the student's or the class's cards, never a loop per student.
import "server-only";
import { AppError } from "@/lib/errors";
import { classQuestionsSql, QUESTION_READINGS_SQL } from "./class-questions";
import { srsPool } from "./pool";
import { DEFAULT_SETTINGS, retrievabilityAt, STATE_NAMES, type StoredCard } from "./scheduler";
import { loadStudentClasses, newLeftByClass } from "./student-classes";
import { loadReviewDays, retentionByWeek } from "./review-days";
import { studyDate } from "./study-day";
import type { AssignableReading, ClassAssignmentRow, ClassSrsSettings, StudentStats, TodayClass } from "./types";

type StudentCardRow = StoredCard & { id: string; classId: string; readingId: string | null; home: string | null };

/** Every (class, reading, card) of the student's active cards: a card counts in each class and reading it belongs to. */
async function studentCardRows(studentId: string): Promise<StudentCardRow[]> {
  const { rows } = await srsPool().query<StudentCardRow>(
    `WITH cq AS (${classQuestionsSql(`a."classId" IN (SELECT "classId" FROM "Enrollment" WHERE "studentId" = $1)`)})
     SELECT cq.class_id AS "classId", qr.reading_id AS "readingId", c.id, c."classId" AS home, c.due, c.stability,
            c.difficulty, c."elapsedDays", c."scheduledDays", c."learningSteps", c.reps, c.lapses, c.state, c."lastReview"
     FROM cq JOIN (${QUESTION_READINGS_SQL}) qr ON qr.question_id = cq.question_id
     JOIN "Card" c ON c."questionId" = cq.question_id AND c."studentId" = $1`,
    [studentId],
  );
  return rows;
}

async function studentAssignments(studentId: string) {
  const { rows } = await srsPool().query<{ id: string; classId: string; readingId: string; slug: string; title: string; dueAt: Date | null }>(
    `SELECT a.id, a."classId", a."readingId", r.slug, r.title, a."dueAt"
     FROM "Assignment" a JOIN "Reading" r ON r.id = a."readingId"
     JOIN "Enrollment" e ON e."classId" = a."classId" AND e."studentId" = $1
     WHERE a."unassignedAt" IS NULL
     ORDER BY a."dueAt" NULLS LAST, r.title`,
    [studentId],
  );
  return rows;
}

const isDueNow = (c: StoredCard, now: Date, dayEnd: Date) => (c.state === 1 || c.state === 3 ? c.due <= now : c.state === 2 && c.due < dayEnd);

export async function getToday({ studentId, now }: { studentId: string; now: Date }): Promise<TodayClass[]> {
  const pool = srsPool();
  const sc = await loadStudentClasses(pool, studentId, now);
  if (!sc.classes.length) return [];
  const [rows, assignments, newLeft] = await Promise.all([studentCardRows(studentId), studentAssignments(studentId), newLeftByClass(pool, studentId, sc)]);
  return sc.classes.map((k) => {
    const mine = rows.filter((r) => r.classId === k.classId);
    const cards = [...new Map(mine.map((r) => [r.id, r])).values()];
    const next = cards.filter((c) => c.state !== 0 && c.due > now && !isDueNow(c, now, sc.day.end)).map((c) => c.due.getTime());
    return {
      classId: k.classId,
      className: k.className,
      dueNow: cards.filter((c) => isDueNow(c, now, sc.day.end)).length,
      newAvailable: Math.min(newLeft.get(k.classId) ?? 0, cards.filter((c) => c.state === 0).length),
      nextDueAt: next.length ? new Date(Math.min(...next)).toISOString() : null,
      readings: assignments
        .filter((a) => a.classId === k.classId)
        .map((a) => {
          const of = mine.filter((r) => r.readingId === a.readingId);
          const upcoming = a.dueAt && a.dueAt > now ? a.dueAt : null;
          const recall = upcoming && of.length ? of.reduce((sum, c) => sum + retrievabilityAt(c, upcoming, k.settings), 0) / of.length : null;
          return {
            assignmentId: a.id, slug: a.slug, title: a.title, dueAt: a.dueAt?.toISOString() ?? null,
            studied: of.filter((c) => c.state !== 0).length, total: of.length,
            predictedRecallAtDue: recall === null ? null : Math.round(recall * 1000) / 1000,
          };
        }),
    };
  });
}

export async function getStudentStats({ studentId, now }: { studentId: string; now: Date }): Promise<StudentStats> {
  const pool = srsPool();
  const sc = await loadStudentClasses(pool, studentId, now);
  const { timeZone, dayStartHour } = sc;
  const [rows, assignments, days] = await Promise.all([
    studentCardRows(studentId),
    studentAssignments(studentId),
    loadReviewDays(pool, {
      timeZone, dayStartHour, from: new Date(now.getTime() - 366 * 86_400_000), studentFilter: `"studentId" = $4`, params: [studentId],
    }),
  ]);
  const cards = [...new Map(rows.map((r) => [r.id, r])).values()];
  const today = studyDate(now, timeZone, dayStartHour);
  const dayIndex = (date: string) => Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
  const forecast = Array.from({ length: 30 }, (_, i) => ({ day: new Date(Date.parse(today) + i * 86_400_000).toISOString().slice(0, 10), due: 0 }));
  for (const c of cards) {
    if (c.state === 0) continue;
    const i = Math.max(0, dayIndex(studyDate(c.due, timeZone, dayStartHour)));
    if (i < 30) forecast[i].due++;
  }
  const byReading = new Map<string, { slug: string; title: string; ids: Set<string>; studied: Set<string> }>();
  for (const a of assignments) byReading.set(a.readingId, byReading.get(a.readingId) ?? { slug: a.slug, title: a.title, ids: new Set(), studied: new Set() });
  for (const r of rows) {
    const entry = r.readingId ? byReading.get(r.readingId) : undefined;
    entry?.ids.add(r.id);
    if (entry && r.state !== 0) entry.studied.add(r.id);
  }
  return {
    forecast,
    heatmap: days.map(({ day, reviews }) => ({ day, reviews })),
    retentionByWeek: retentionByWeek(days),
    byState: STATE_NAMES.map((state, i) => ({ state, count: cards.filter((c) => c.state === i).length })),
    readings: [...byReading.values()].map((r) => ({ slug: r.slug, title: r.title, studied: r.studied.size, total: r.ids.size })),
  };
}

async function assertTeaches(classId: string, instructorId: string) {
  const { rows } = await srsPool().query(`SELECT 1 FROM "ClassInstructor" WHERE "classId" = $1 AND "userId" = $2`, [classId, instructorId]);
  if (!rows.length) throw new AppError("NOT_FOUND", "Class not found.");
}

export async function getClassAssignments({ classId, instructorId }: { classId: string; instructorId: string; now: Date }): Promise<ClassAssignmentRow[]> {
  await assertTeaches(classId, instructorId);
  const { rows } = await srsPool().query<{ assignmentId: string; slug: string; title: string; dueAt: Date | null; started: number; students: number; cards: number }>(
    `WITH qr AS (${QUESTION_READINGS_SQL}),
     cq AS (${classQuestionsSql(`a."classId" = $1`)}),
     enrolled AS (SELECT "studentId" FROM "Enrollment" WHERE "classId" = $1)
     SELECT a.id AS "assignmentId", r.slug, r.title, a."dueAt",
       (SELECT count(*)::int FROM enrolled) AS students,
       count(c.id)::int AS cards,
       count(DISTINCT c."studentId") FILTER (WHERE c."lastReview" IS NOT NULL)::int AS started
     FROM "Assignment" a JOIN "Reading" r ON r.id = a."readingId"
     LEFT JOIN qr ON qr.reading_id = a."readingId" AND qr.question_id IN (SELECT question_id FROM cq)
     LEFT JOIN "Card" c ON c."questionId" = qr.question_id AND c."studentId" IN (SELECT "studentId" FROM enrolled)
     WHERE a."classId" = $1 AND a."unassignedAt" IS NULL
     GROUP BY a.id, r.slug, r.title, a."dueAt"
     ORDER BY a."dueAt" NULLS LAST, r.title`,
    [classId],
  );
  return rows.map((r) => ({ ...r, dueAt: r.dueAt?.toISOString() ?? null }));
}

export async function listAssignableReadings({ classId, instructorId }: { classId: string; instructorId: string }): Promise<AssignableReading[]> {
  await assertTeaches(classId, instructorId);
  const { rows } = await srsPool().query<AssignableReading>(
    `SELECT r.slug, r.title, r.published,
       (SELECT count(*)::int FROM "Question" q WHERE q."readingId" = r.id AND q."retiredAt" IS NULL AND NOT q."quizOnly" AND q."ownerId" IS NULL) AS questions,
       EXISTS (SELECT 1 FROM "Assignment" a WHERE a."readingId" = r.id AND a."classId" = $1 AND a."unassignedAt" IS NULL) AS assigned
     FROM "Reading" r ORDER BY r.published, r.title`,
    [classId],
  );
  return rows;
}

export async function getClassSrsSettings({ classId, instructorId }: { classId: string; instructorId: string }): Promise<ClassSrsSettings> {
  await assertTeaches(classId, instructorId);
  const { rows } = await srsPool().query(
    `SELECT "desiredRetention", "newPerDay", "learningSteps", "relearningSteps", "maximumInterval", "dayStartHour", "paramsFittedAt"
     FROM "SrsSettings" WHERE "classId" = $1`,
    [classId],
  );
  const s = rows[0];
  if (!s) return { ...DEFAULT_SETTINGS, fitted: null };
  const { paramsFittedAt, ...rest } = s;
  return { ...rest, fitted: paramsFittedAt ? { at: paramsFittedAt.toISOString() } : null };
}
