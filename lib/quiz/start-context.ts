// What starting (or listing) a quiz needs to know about one student, read with a bare `pg` client: the quiz with the
// student's accommodation and override, their attempts so far, and the quiz's slots. The student's enrollment, role
// and session (sessionVersion) are checked in the same statement: a quiz they may not take reads as missing.
import type pg from "pg";
import { countAttemptsAllowed } from "./scoring";
import { toAccommodation, toQuizTiming, toWindowOverride } from "./quiz-timing";
import type { Accommodation, QuizTiming, WindowOverride } from "./timing";
import type { SlotRow } from "./draw-items";

export type StartContext = {
  quiz: { id: string; classId: string; title: string; shuffleQuestions: boolean; shuffleOptions: boolean; minGapSeconds: number };
  timing: QuizTiming;
  accommodation?: Accommodation;
  override?: WindowOverride;
  attemptsAllowed: number | null;
  attempts: { id: string; number: number; state: string; deadline: Date | null; finishedAt: Date | null }[];
};

const CONTEXT_SQL = `
  SELECT z.id, z."classId", z.title, z."timeLimitSeconds", z."opensAt", z."closesAt", z."extraTimePastClose",
         z."attemptsAllowed", z."minGapSeconds", z."shuffleQuestions", z."shuffleOptions", z."expiryPolicy", z."graceSeconds",
         acc."timeMultiplier", acc."extraSeconds", acc."extraAttempts",
         o."quizId" IS NOT NULL AS "hasOverride", o."opensAt" AS "oOpensAt", o."closesAt" AS "oClosesAt", o."attemptsAllowed" AS "oAttempts",
         (SELECT coalesce(json_agg(json_build_object('id', a.id, 'number', a.number, 'state', a.state, 'deadline', a.deadline,
                 'finishedAt', a."finishedAt") ORDER BY a.number), '[]') FROM "Attempt" a
          WHERE a."quizId" = z.id AND a."studentId" = $2) AS attempts
  FROM "Quiz" z
  JOIN "Class" k ON k.id = z."classId" AND NOT k.archived
  JOIN "Enrollment" e ON e."classId" = z."classId" AND e."studentId" = $2
  JOIN "User" u ON u.id = $2 AND u.role = 'STUDENT' AND ($3::int IS NULL OR u."sessionVersion" = $3::int)
  LEFT JOIN "Accommodation" acc ON acc."classId" = z."classId" AND acc."studentId" = $2
  LEFT JOIN "QuizOverride" o ON o."quizId" = z.id AND o."studentId" = $2
  WHERE z.id = $1 AND z."publishedAt" IS NOT NULL`;

// json_build_object writes timestamps without a zone; they are UTC (lib/srs/pool.ts).
const utc = (s: string | null) => (s ? new Date(`${s}Z`) : null);

/** Quiz.attemptsAllowed 0 means unlimited; an override's null means "the quiz's". */
function attemptsAllowedFor(row: Record<string, unknown>): number | null {
  const quizAttempts = row.attemptsAllowed === 0 ? null : (row.attemptsAllowed as number);
  const override = row.oAttempts === null || row.oAttempts === undefined ? undefined : row.oAttempts === 0 ? null : (row.oAttempts as number);
  return countAttemptsAllowed({ quizAttempts, extraAttempts: (row.extraAttempts as number | null) ?? 0, override });
}

export async function loadStartContext(db: pg.Pool | pg.PoolClient, { quizId, studentId, sessionVersion }: {
  quizId: string; studentId: string; sessionVersion: number | null;
}): Promise<StartContext | null> {
  const { rows } = await db.query(CONTEXT_SQL, [quizId, studentId, sessionVersion]);
  const row = rows[0];
  if (!row) return null;
  return {
    quiz: { id: row.id, classId: row.classId, title: row.title, shuffleQuestions: row.shuffleQuestions, shuffleOptions: row.shuffleOptions, minGapSeconds: row.minGapSeconds },
    timing: toQuizTiming(row),
    accommodation: toAccommodation(row.timeMultiplier === null ? null : row),
    override: toWindowOverride(row.hasOverride ? { opensAt: row.oOpensAt, closesAt: row.oClosesAt } : null),
    attemptsAllowed: attemptsAllowedFor(row),
    attempts: (row.attempts as { id: string; number: number; state: string; deadline: string | null; finishedAt: string | null }[]).map((a) => ({
      ...a, deadline: utc(a.deadline), finishedAt: utc(a.finishedAt),
    })),
  };
}

// A fixed slot's question comes with its current version's content: the start needs it to freeze the option order.
const SLOTS_SQL = `
  SELECT s.id, s.position, s."questionId", q."currentVersionId" AS "versionId", s."poolFilter", s.count, s.points, v.content
  FROM "QuizSlot" s LEFT JOIN "Question" q ON q.id = s."questionId" LEFT JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
  WHERE s."quizId" = $1 ORDER BY s.position`;

export async function loadSlots(db: pg.Pool | pg.PoolClient, quizId: string): Promise<(SlotRow & { content: unknown })[]> {
  return (await db.query<SlotRow & { content: unknown }>(SLOTS_SQL, [quizId])).rows;
}
