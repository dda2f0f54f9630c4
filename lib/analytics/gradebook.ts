import "server-only";
// The gradebook of a class (issue 9): one row per enrolled student, one column per quiz with the grade that quiz's
// grading method gives (lib/quiz/scoring's gradeAttempts, over finished, graded attempts), and the total.
// Set-based reads after the ownership check; nothing per student.
import type pg from "pg";
import { srsPool } from "@/lib/srs/pool";
import { loadQuizGrades } from "./quiz-grades";

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

const STUDENTS_SQL = `
  SELECT u.id, u.name, u.email, e."createdAt" AS "enrolledAt"
  FROM "Enrollment" e JOIN "User" u ON u.id = e."studentId"
  WHERE e."classId" = $1 ORDER BY u.name, u.email`;

/** The grades are the progress table's (./quiz-grades: published quizzes, each by its grading method). */
export async function getGradebook({ classId, instructorId, pool = srsPool() }: { classId: string; instructorId: string; pool?: pg.Pool }) {
  const klass = await findTeachingClass({ classId, instructorId, pool });
  if (!klass) return null;
  const [grades, students] = await Promise.all([
    loadQuizGrades({ classId }),
    pool.query<{ id: string; name: string; email: string; enrolledAt: Date }>(STUDENTS_SQL, [classId]),
  ]);
  const rows: GradebookStudent[] = students.rows.map((s) => {
    const mine = grades.gradesOf(s.id);
    const given = mine.flatMap((g) => (g.grade === null ? [] : [g.grade]));
    const finished = mine.flatMap((g) => (g.gradedAt ? [g.gradedAt.getTime()] : []));
    return {
      ...s,
      grades: mine.map((g) => g.grade),
      total: given.length ? given.reduce((t, g) => t + g, 0) : null,
      lastFinishedAt: finished.length ? new Date(Math.max(...finished)) : null,
    };
  });
  return { klass, quizzes: grades.quizzes, students: rows };
}

export type Gradebook = NonNullable<Awaited<ReturnType<typeof getGradebook>>>;
