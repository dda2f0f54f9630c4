// One student of a class, as the instructor sees them: the progress row, per-reading progress, review history and
// quiz attempts. The class snapshot is the same as the table's, so the figures agree with the row clicked.
import "server-only";
import { AppError } from "@/lib/errors";
import { srsPool } from "@/lib/srs/pool";
import { loadReviewDays } from "@/lib/srs/review-days";
import { loadClassSnapshot, reasonsOf } from "./class-snapshot";
import { lastActiveOf } from "./roster-activity";
import type { RiskReasonView } from "./progress-types";

export type StudentAttempt = {
  id: string;
  quizId: string;
  quizTitle: string;
  number: number;
  state: string;
  startedAt: string;
  finishedAt: string | null;
  finishedBy: string | null;
  score: number | null;
  maxScore: number | null;
};

export type StudentProgress = {
  class: { id: string; name: string };
  student: { id: string; name: string; email: string; enrolledAt: string; lastActiveAt: string | null };
  reasons: RiskReasonView[];
  overdue: number;
  meanRecall: number | null;
  reviews7d: number;
  readings: { assignmentId: string; title: string; dueAt: string | null; studied: number; cards: number; recallNow: number | null; recallAtDue: number | null }[];
  reviewsPerDay: { day: string; reviews: number }[];
  attempts: StudentAttempt[];
};

async function loadAttempts(classId: string, studentId: string): Promise<StudentAttempt[]> {
  const { rows } = await srsPool().query(
    `SELECT a.id, a."quizId", q.title AS "quizTitle", a.number, a.state, a."startedAt", a."finishedAt", a."finishedBy", a.score, a."maxScore"
     FROM "Attempt" a JOIN "Quiz" q ON q.id = a."quizId"
     WHERE q."classId" = $1 AND a."studentId" = $2 ORDER BY a."startedAt" DESC`,
    [classId, studentId],
  );
  return rows.map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null }));
}

export async function getStudentProgress({ classId, instructorId, studentId, now, timeZone = "UTC" }: {
  classId: string; instructorId: string; studentId: string; now: Date; timeZone?: string;
}): Promise<StudentProgress> {
  const snap = await loadClassSnapshot({ classId, instructorId, now });
  const s = snap.roster.find((r) => r.studentId === studentId);
  if (!s) throw new AppError("NOT_FOUND", "This student is not in this class.");
  const [days, attempts] = await Promise.all([
    loadReviewDays(srsPool(), { timeZone, dayStartHour: snap.ctx.dayStartHour, from: new Date(now.getTime() - 120 * 86_400_000), studentFilter: `"studentId" = $4`, params: [studentId] }),
    loadAttempts(classId, studentId),
  ]);
  const mine = new Map((snap.readingsOf.get(studentId) ?? []).map((r) => [r.assignmentId, r]));
  const cards = snap.cards.students.get(studentId);
  return {
    class: { id: snap.ctx.id, name: snap.ctx.name },
    student: { id: s.studentId, name: s.name, email: s.email, enrolledAt: s.enrolledAt.toISOString(), lastActiveAt: lastActiveOf(s)?.toISOString() ?? null },
    reasons: reasonsOf(snap, s, now),
    overdue: cards?.overdue ?? 0,
    meanRecall: cards?.meanRecall ?? null,
    reviews7d: s.reviews7d,
    readings: snap.assignments.map((a) => {
      const r = mine.get(a.id);
      const ahead = a.dueAt !== null && a.dueAt > now;
      return {
        assignmentId: a.id, title: a.title, dueAt: a.dueAt?.toISOString() ?? null, studied: r?.studied ?? 0, cards: r?.cards ?? 0,
        recallNow: r?.cards ? r.recallNowSum / r.cards : null,
        recallAtDue: r?.cards && ahead ? (r.recallAtDueSum ?? 0) / r.cards : null,
      };
    }),
    reviewsPerDay: days.map(({ day, reviews }) => ({ day, reviews })),
    attempts,
  };
}
