// Each student's grade on each published quiz of the class, by the quiz's grading method. Two statements (quizzes,
// finished attempts); the grade itself is lib/quiz/scoring.ts's gradeAttempts, the one definition of "highest",
// "latest", "first" and "average".
import "server-only";
import { gradeAttempts, type GradingMethod } from "@/lib/quiz/scoring";
import { srsPool } from "@/lib/srs/pool";

export type ClassQuiz = { id: string; title: string; gradingMethod: GradingMethod; closesAt: Date | null; maxScore: number | null };

export type StudentQuizGrade = {
  quizId: string;
  /** Points by the grading method; null before a finished, scored attempt. */
  grade: number | null;
  /** grade / the attempts' points. */
  fraction: number | null;
  attempts: number;
  /** Finish time of the latest finished attempt. */
  gradedAt: Date | null;
  /** The student's own close time (a per-quiz override) or the quiz's. */
  closesAt: Date | null;
};

const METHODS: GradingMethod[] = ["highest", "latest", "first", "average"];

export async function loadQuizGrades({ classId }: { classId: string }) {
  const pool = srsPool();
  const [quizzes, attempts, overrides] = await Promise.all([
    pool.query(
      `SELECT id, title, "gradingMethod", "closesAt" FROM "Quiz"
       WHERE "classId" = $1 AND "publishedAt" IS NOT NULL ORDER BY COALESCE("closesAt", "createdAt"), title`,
      [classId],
    ),
    pool.query<{ quizId: string; studentId: string; startedAt: Date; finishedAt: Date | null; score: number; maxScore: number | null }>(
      `SELECT a."quizId", a."studentId", a."startedAt", a."finishedAt", a.score, a."maxScore"
       FROM "Attempt" a JOIN "Quiz" q ON q.id = a."quizId"
       WHERE q."classId" = $1 AND q."publishedAt" IS NOT NULL AND a.state = 'finished' AND a.score IS NOT NULL`,
      [classId],
    ),
    pool.query<{ quizId: string; studentId: string; closesAt: Date | null }>(
      `SELECT o."quizId", o."studentId", o."closesAt" FROM "QuizOverride" o JOIN "Quiz" q ON q.id = o."quizId"
       WHERE q."classId" = $1 AND o."closesAt" IS NOT NULL`,
      [classId],
    ),
  ]);
  const maxByQuiz = new Map<string, number>();
  const byKey = new Map<string, typeof attempts.rows>();
  for (const a of attempts.rows) {
    const key = `${a.quizId}|${a.studentId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), a]);
    if (a.maxScore !== null) maxByQuiz.set(a.quizId, Math.max(maxByQuiz.get(a.quizId) ?? 0, a.maxScore));
  }
  const closeOverride = new Map(overrides.rows.map((o) => [`${o.quizId}|${o.studentId}`, o.closesAt]));
  const list: ClassQuiz[] = quizzes.rows.map((q) => ({
    id: q.id,
    title: q.title,
    gradingMethod: METHODS.includes(q.gradingMethod) ? q.gradingMethod : "highest",
    closesAt: q.closesAt,
    maxScore: maxByQuiz.get(q.id) ?? null,
  }));
  /** The student's grade on every published quiz, in the quizzes' order. */
  function gradesOf(studentId: string): StudentQuizGrade[] {
    return list.map((q) => {
      const mine = byKey.get(`${q.id}|${studentId}`) ?? [];
      const grade = gradeAttempts({ method: q.gradingMethod, attempts: mine.map((a) => ({ startedAt: a.startedAt, score: a.score })) });
      const max = Math.max(0, ...mine.map((a) => a.maxScore ?? 0));
      const finishes = mine.map((a) => a.finishedAt?.getTime() ?? 0);
      return {
        quizId: q.id,
        grade,
        fraction: grade === null || max <= 0 ? null : grade / max,
        attempts: mine.length,
        gradedAt: mine.length ? new Date(Math.max(...finishes)) : null,
        closesAt: closeOverride.get(`${q.id}|${studentId}`) ?? q.closesAt,
      };
    });
  }
  return { quizzes: list, gradesOf };
}
