// Everything the progress table and the at-risk list share, read in parallel by a handful of set-based statements:
// the class and its settings, the roster with activity, the card aggregates, the quiz grades, the assignments.
import "server-only";
import { srsPool } from "@/lib/srs/pool";
import { evaluateAtRisk, type RiskReason, type StudentRiskInput } from "./at-risk-rules";
import { loadCardAggregates, type StudentReadingStats } from "./card-aggregates";
import { loadClassContext, type ClassContext } from "./class-context";
import { loadQuizGrades } from "./quiz-grades";
import type { RiskReasonView } from "./progress-types";
import { lastActiveOf, loadRosterActivity, type RosterActivity } from "./roster-activity";

export type ClassAssignment = { id: string; slug: string; title: string; dueAt: Date | null; createdAt: Date };

async function loadAssignments(classId: string): Promise<ClassAssignment[]> {
  const { rows } = await srsPool().query<ClassAssignment>(
    `SELECT a.id, r.slug, r.title, a."dueAt", a."createdAt" FROM "Assignment" a JOIN "Reading" r ON r.id = a."readingId"
     WHERE a."classId" = $1 AND a."unassignedAt" IS NULL ORDER BY a."dueAt" NULLS LAST, r.title`,
    [classId],
  );
  return rows;
}

export async function loadClassSnapshot({ classId, instructorId, now }: { classId: string; instructorId: string; now: Date }) {
  const ctx = await loadClassContext({ classId, instructorId });
  const [roster, cards, quizzes, assignments] = await Promise.all([
    loadRosterActivity({ classId, now }),
    loadCardAggregates({ ctx, now }),
    loadQuizGrades({ classId }),
    loadAssignments(classId),
  ]);
  const readingsOf = new Map<string, StudentReadingStats[]>();
  for (const r of cards.readings) readingsOf.set(r.studentId, [...(readingsOf.get(r.studentId) ?? []), r]);
  return { ctx, roster, cards, quizzes, assignments, readingsOf };
}

export type ClassSnapshot = Awaited<ReturnType<typeof loadClassSnapshot>>;

/** The reading due next (after now) and the student's predicted recall of it then. */
function nextDueOf(snap: ClassSnapshot, studentId: string, now: Date): StudentRiskInput["nextDue"] {
  const next = snap.assignments.find((a) => a.dueAt && a.dueAt > now);
  if (!next?.dueAt) return null;
  const mine = snap.readingsOf.get(studentId)?.find((r) => r.assignmentId === next.id);
  if (!mine || mine.cards === 0) return null;
  return { title: next.title, dueAt: next.dueAt, recallAtDue: (mine.recallAtDueSum ?? 0) / mine.cards, assignedAt: next.createdAt };
}

export function riskInputOf(snap: ClassSnapshot, student: RosterActivity, now: Date): StudentRiskInput {
  const c = snap.cards.students.get(student.studentId);
  return {
    enrolledAt: student.enrolledAt,
    lastActiveAt: lastActiveOf(student),
    lastReviewAt: student.lastReviewAt,
    overdue: c?.overdue ?? 0,
    overdueSince: c?.overdueSince ?? null,
    meanRecall: c?.meanRecall ?? null,
    quizzes: snap.quizzes.gradesOf(student.studentId).map((g, i) => ({
      title: snap.quizzes.quizzes[i].title,
      closedAt: g.closesAt,
      finished: g.attempts > 0,
      fraction: g.fraction,
      gradedAt: g.gradedAt,
    })),
    nextDue: nextDueOf(snap, student.studentId, now),
  };
}

export function reasonsOf(snap: ClassSnapshot, student: RosterActivity, now: Date): RiskReasonView[] {
  return evaluateAtRisk({ student: riskInputOf(snap, student, now), rules: snap.ctx.atRisk, now })
    .map((r: RiskReason) => ({ ...r, since: r.since?.toISOString() ?? null }));
}

export type { ClassContext };
