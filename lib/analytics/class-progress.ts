// The class dashboard: one row per student and one per assigned reading. Set-based SQL (./class-snapshot.ts), no
// query per student; the JS below only joins a few thousand aggregated rows. The charts are ./class-activity.ts.
import "server-only";
import { loadClassSnapshot, reasonsOf, type ClassSnapshot } from "./class-snapshot";
import { lastActiveOf } from "./roster-activity";
import type { ClassProgress, ReadingProgress, StudentProgressRow } from "./progress-types";

const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

function studentRows(snap: ClassSnapshot, now: Date): StudentProgressRow[] {
  return snap.roster.map((s) => {
    const c = snap.cards.students.get(s.studentId);
    const mine = new Map((snap.readingsOf.get(s.studentId) ?? []).map((r) => [r.assignmentId, r]));
    return {
      studentId: s.studentId,
      name: s.name,
      email: s.email,
      enrolledAt: s.enrolledAt.toISOString(),
      lastActiveAt: lastActiveOf(s)?.toISOString() ?? null,
      reviews7d: s.reviews7d,
      overdue: c?.overdue ?? 0,
      meanRecall: round3(c?.meanRecall ?? null),
      studied: c?.studied ?? 0,
      cards: c?.cards ?? 0,
      readings: snap.assignments.map((a) => ({ assignmentId: a.id, studied: mine.get(a.id)?.studied ?? 0, cards: mine.get(a.id)?.cards ?? 0 })),
      quizzes: snap.quizzes.gradesOf(s.studentId).map((g) => ({ quizId: g.quizId, grade: g.grade, fraction: round3(g.fraction), attempts: g.attempts })),
      accommodation: s.accommodation,
      reasons: reasonsOf(snap, s, now),
    };
  });
}

function readingRows(snap: ClassSnapshot, now: Date): ReadingProgress[] {
  const enrolled = snap.roster.length;
  return snap.assignments.map((a) => {
    const rows = [...snap.readingsOf.values()].flatMap((list) => list.filter((r) => r.assignmentId === a.id));
    const cards = rows.reduce((n, r) => n + r.cards, 0);
    const dueAhead = a.dueAt !== null && a.dueAt > now;
    return {
      assignmentId: a.id,
      slug: a.slug,
      title: a.title,
      dueAt: a.dueAt?.toISOString() ?? null,
      startedShare: enrolled ? rows.filter((r) => r.studied > 0).length / enrolled : 0,
      finishedNewShare: enrolled ? rows.filter((r) => r.cards > 0 && r.studied === r.cards).length / enrolled : 0,
      meanRecallNow: cards ? round3(rows.reduce((n, r) => n + r.recallNowSum, 0) / cards) : null,
      meanRecallAtDue: cards && dueAhead ? round3(rows.reduce((n, r) => n + (r.recallAtDueSum ?? 0), 0) / cards) : null,
    };
  });
}

export async function getClassProgress({ classId, instructorId, now }: { classId: string; instructorId: string; now: Date }): Promise<ClassProgress> {
  const snap = await loadClassSnapshot({ classId, instructorId, now });
  return {
    class: { id: snap.ctx.id, name: snap.ctx.name, archived: snap.ctx.archived, desiredRetention: snap.ctx.desiredRetention },
    atRiskSettings: snap.ctx.atRisk,
    generatedAt: now.toISOString(),
    students: studentRows(snap, now),
    readings: readingRows(snap, now),
    quizzes: snap.quizzes.quizzes.map((q) => ({ id: q.id, title: q.title, gradingMethod: q.gradingMethod, maxScore: q.maxScore })),
  };
}
