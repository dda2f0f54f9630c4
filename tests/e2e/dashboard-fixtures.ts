import pg from "pg";
import { insertAttempt, insertQuiz, newId } from "../fixtures/quiz-attempts";
import { uniqueName } from "./helpers";

// Quizzes have no authoring API on this branch yet: the quiz and its attempts are written straight into the e2e
// database (tests/fixtures/quiz-attempts.ts), the students too (they never sign in).
// The unit test's 5 × 4 example (tests/unit/analytics/item-analysis.test.ts) on four shipped questions: the third,
// dip-003, discriminates negatively (−7 / (2√186) ≈ −0.26).
export const QUESTIONS = ["dip-001", "dip-002", "dip-003", "dip-004"];
export const MARKS = [[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 1], [1, 0, 0, 0.5], [0, 0, 1, 0]];

/** Five students enrolled in the class and a quiz of QUESTIONS, with one finished attempt each, marked as MARKS. */
export async function seedQuiz(classId: string) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const students: string[] = [];
    for (let i = 1; i <= MARKS.length; i++) {
      const id = newId();
      await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ($1, $2, $3, 'x', 'STUDENT')`, [id, `${id}@example.com`, `E2E Student ${i}`]);
      await db.query(`INSERT INTO "Enrollment" (id, "classId", "studentId") VALUES ($1, $2, $3)`, [newId(), classId, id]);
      students.push(id);
    }
    const title = uniqueName("Quiz");
    const quiz = await insertQuiz(db, { classId, questionIds: QUESTIONS, title });
    const start = Date.UTC(2026, 10, 20, 9);
    for (const [s, row] of MARKS.entries()) {
      await insertAttempt(db, { quiz, studentId: students[s], startedAt: new Date(start + s * 60_000), items: row.map((mark) => (mark === 0.5 ? { fraction: 0, overrideMark: 0.5 } : { fraction: mark })) });
    }
    return { quizId: quiz.quizId, title };
  } finally {
    await db.end();
  }
}
