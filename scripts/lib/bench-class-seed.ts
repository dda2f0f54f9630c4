// What every HTTP benchmark seeds first, set-based: an instructor, `students` students, one reading with `questions`
// multiple-choice questions (answer "Alpha" among BENCH_OPTIONS) and a class that enrolls them all.
import type pg from "pg";

export const BENCH_OPTIONS = ["Alpha", "Beta", "Gamma", "Delta"];

export async function seedBenchClass(db: pg.Client, { passwordHash, students, questions }: { passwordHash: string; students: number; questions: number }) {
  await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ('bench-teacher', 'bench-teacher@example.com', 'Bench Teacher', $1, 'INSTRUCTOR')`, [passwordHash]);
  await db.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "timeZone")
     SELECT 'bench-student-' || g, 'bench-student-' || g || '@example.com', 'Student ' || g, $1, 'STUDENT', 'Europe/Paris' FROM generate_series(1, $2::int) g`,
    [passwordHash, students],
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
    [JSON.stringify(BENCH_OPTIONS)],
  );
  await db.query(`UPDATE "Question" SET "currentVersionId" = 'v-' || id WHERE "readingId" = 'bench-reading'`);
  await db.query(`INSERT INTO "Class" (id, name, "joinCode") VALUES ('bench-class', 'Bench class', 'BENCH001')`);
  await db.query(`INSERT INTO "ClassInstructor" ("classId", "userId", "isOwner") VALUES ('bench-class', 'bench-teacher', true)`);
  await db.query(`INSERT INTO "Enrollment" (id, "classId", "studentId") SELECT 'e-' || id, 'bench-class', id FROM "User" WHERE role = 'STUDENT'`);
}
