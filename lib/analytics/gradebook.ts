import "server-only";
// The gradebook of a class (issue 9): one row per enrolled student, one column per quiz with the grade that quiz's
// grading method gives (lib/quiz/scoring's gradeAttempts, over finished, graded attempts), and the total.
// Three set-based reads after the ownership check; nothing per student.
import type pg from "pg";
import { gradeAttempts, type GradingMethod } from "@/lib/quiz/scoring";
import { srsPool } from "@/lib/srs/pool";

export type GradebookQuiz = { id: string; title: string; gradingMethod: GradingMethod; maxScore: number };
export type GradebookStudent = {
  id: string; name: string; email: string; enrolledAt: Date;
  /** One per quiz, in `quizzes` order; null: no graded attempt yet. */
  grades: (number | null)[];
  /** Sum of the grades there are; null when there is none. */
  total: number | null;
  lastFinishedAt: Date | null;
};

/** The class, if the instructor teaches it (owner or co-instructor). */
export async function findTeachingClass({ classId, instructorId, pool = srsPool() }: { classId: string; instructorId: string; pool?: pg.Pool }) {
  const { rows } = await pool.query<{ id: string; name: string }>(
    `SELECT k.id, k.name FROM "Class" k JOIN "ClassInstructor" ci ON ci."classId" = k.id AND ci."userId" = $2 WHERE k.id = $1`,
    [classId, instructorId],
  );
  return rows[0] ?? null;
}

// A quiz counts once it is published or has attempts (a draft is not part of anyone's grade); its maximum is its
// slots' points × draws.
const QUIZZES_SQL = `
  SELECT z.id, z.title, z."gradingMethod", COALESCE((SELECT sum(s.points * s.count) FROM "QuizSlot" s WHERE s."quizId" = z.id), 0)::float8 AS "maxScore"
  FROM "Quiz" z
  WHERE z."classId" = $1 AND (z."publishedAt" IS NOT NULL OR EXISTS (SELECT 1 FROM "Attempt" a WHERE a."quizId" = z.id))
  ORDER BY z."createdAt", z.id`;

const STUDENTS_SQL = `
  SELECT u.id, u.name, u.email, e."createdAt" AS "enrolledAt"
  FROM "Enrollment" e JOIN "User" u ON u.id = e."studentId"
  WHERE e."classId" = $1 ORDER BY u.name, u.email`;

const ATTEMPTS_SQL = `
  SELECT a."quizId", a."studentId", a."startedAt", a."finishedAt", a.score
  FROM "Attempt" a JOIN "Quiz" z ON z.id = a."quizId"
  JOIN "Enrollment" e ON e."classId" = z."classId" AND e."studentId" = a."studentId"
  WHERE z."classId" = $1 AND a.state = 'finished' AND a.score IS NOT NULL`;

type AttemptRow = { quizId: string; studentId: string; startedAt: Date; finishedAt: Date | null; score: number };

export async function getGradebook({ classId, instructorId, pool = srsPool() }: { classId: string; instructorId: string; pool?: pg.Pool }) {
  const klass = await findTeachingClass({ classId, instructorId, pool });
  if (!klass) return null;
  const [quizzes, students, attempts] = await Promise.all([
    pool.query<GradebookQuiz>(QUIZZES_SQL, [classId]),
    pool.query<{ id: string; name: string; email: string; enrolledAt: Date }>(STUDENTS_SQL, [classId]),
    pool.query<AttemptRow>(ATTEMPTS_SQL, [classId]),
  ]);
  const byStudentQuiz = new Map<string, AttemptRow[]>();
  for (const a of attempts.rows) {
    const key = `${a.studentId}\u0000${a.quizId}`;
    byStudentQuiz.set(key, [...(byStudentQuiz.get(key) ?? []), a]);
  }
  const rows: GradebookStudent[] = students.rows.map((s) => {
    const grades = quizzes.rows.map((q) => gradeAttempts({ method: q.gradingMethod, attempts: byStudentQuiz.get(`${s.id}\u0000${q.id}`) ?? [] }));
    const given = grades.filter((g): g is number => g !== null);
    const finished = quizzes.rows.flatMap((q) => (byStudentQuiz.get(`${s.id}\u0000${q.id}`) ?? []).flatMap((a) => (a.finishedAt ? [a.finishedAt.getTime()] : [])));
    return {
      ...s,
      grades,
      total: given.length ? given.reduce((t, g) => t + g, 0) : null,
      lastFinishedAt: finished.length ? new Date(Math.max(...finished)) : null,
    };
  });
  return { klass, quizzes: quizzes.rows, students: rows };
}

export type Gradebook = NonNullable<Awaited<ReturnType<typeof getGradebook>>>;
