// The quiz benchmark's scratch data: an instructor, a class of `students`, one reading with `questions` MCQs and a
// published quiz with one fixed slot per question (Moodle's load profile: a 16-question quiz), shuffled questions and
// options, two hours, one attempt each.
import pg from "pg";
import { seedBenchClass } from "./bench-class-seed";

export const QUIZ_ID = "bench-quiz";

export async function seedQuiz(url: string, { students, questions }: { students: number; questions: number }) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  await seedBenchClass(db, { passwordHash: "not-a-real-hash", students, questions }); // sessions are made as cookies: nobody signs in
  await db.query(
    `INSERT INTO "Quiz" (id, "classId", title, "timeLimitSeconds", "attemptsAllowed", "reviewOptions", "publishedAt", "updatedAt")
     VALUES ($1, 'bench-class', 'Bench quiz', 7200, 1, '{"score":"immediately","correctness":"after_close","answer":"after_close","explanation":"after_close"}', now(), now())`,
    [QUIZ_ID],
  );
  await db.query(`INSERT INTO "QuizReading" ("quizId", "readingId") VALUES ($1, 'bench-reading')`, [QUIZ_ID]);
  await db.query(
    `INSERT INTO "QuizSlot" (id, "quizId", position, "questionId", count, points)
     SELECT 'slot-' || q.id, $1, row_number() OVER (ORDER BY q.id), q.id, 1, 1 FROM "Question" q WHERE q."readingId" = 'bench-reading'`,
    [QUIZ_ID],
  );
  await db.query("ANALYZE");
  await db.end();
}
