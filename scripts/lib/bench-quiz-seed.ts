// The quiz benchmark's scratch data: an instructor, a class of `students`, one reading with `questions` MCQs and a
// published quiz with one fixed slot per question (Moodle's load profile: a 16-question quiz), shuffled questions and
// options, two hours, one attempt each.
import pg from "pg";

export const QUIZ_ID = "bench-quiz";
export const OPTIONS = ["Alpha", "Beta", "Gamma", "Delta"];

export async function seedQuiz(url: string, { students, questions }: { students: number; questions: number }) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const hash = "not-a-real-hash"; // nobody signs in with a password: the bench makes session cookies
  await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ('bench-teacher', 'bench-teacher@example.com', 'Bench Teacher', $1, 'INSTRUCTOR')`, [hash]);
  await db.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "timeZone")
     SELECT 'bench-student-' || g, 'bench-student-' || g || '@example.com', 'Student ' || g, $1, 'STUDENT', 'Europe/Paris' FROM generate_series(1, $2::int) g`,
    [hash, students],
  );
  await db.query(`INSERT INTO "Reading" (id, slug, title, "titleInferred", "authorInferred", "venueInferred", published, "publishedInferred", body, "contentHash", "updatedAt")
                  VALUES ('bench-reading', 'bench-reading', 'Bench reading', false, false, false, '2016', false, 'Body.', 'x', now())`);
  await db.query(`INSERT INTO "Question" (id, type, "readingId") SELECT 'bench-' || lpad(g::text, 3, '0'), 'mcq', 'bench-reading' FROM generate_series(1, $1::int) g`, [questions]);
  await db.query(
    `INSERT INTO "QuestionVersion" (id, "questionId", number, "contentHash", content, kind, difficulty, tags, prompt, "createdBy")
     SELECT 'v-' || q.id, q.id, 1, q.id, jsonb_build_object('id', q.id, 'type', 'mcq', 'kind', 'event', 'difficulty', 1, 'tags', jsonb_build_array('bench'),
       'prompt', 'Which option does the bench reading name in ' || q.id || '?', 'options', $1::jsonb,
       'answer', 'Alpha', 'explanation', 'It says Alpha.', 'reading', 'bench-reading',
       'sources', jsonb_build_array(jsonb_build_object('reading', 'bench-reading', 'text', 'The bench reading names Alpha here.'))),
       'event', 1, ARRAY['bench'], 'prompt', 'import'
     FROM "Question" q WHERE q."readingId" = 'bench-reading'`,
    [JSON.stringify(OPTIONS)],
  );
  await db.query(`UPDATE "Question" SET "currentVersionId" = 'v-' || id WHERE "readingId" = 'bench-reading'`);
  await db.query(`INSERT INTO "Class" (id, name, "joinCode") VALUES ('bench-class', 'Bench class', 'BENCH001')`);
  await db.query(`INSERT INTO "ClassInstructor" ("classId", "userId", "isOwner") VALUES ('bench-class', 'bench-teacher', true)`);
  await db.query(`INSERT INTO "Enrollment" (id, "classId", "studentId") SELECT 'e-' || id, 'bench-class', id FROM "User" WHERE role = 'STUDENT'`);
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
