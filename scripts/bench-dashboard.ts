// `npm run bench:dashboard` (issue 9, "Speed"): a scratch database (embedded, or a server in DATABASE_URL) seeded with a
// class of 500 students, 200 questions, 100,000 cards with 300,000 review logs and 3 quizzes × 500 finished attempts
// (set-based INSERT … SELECT generate_series, no per-row round trips), then the server time of the class progress
// page's query, the at-risk list, a quiz's item analysis and the gradebook export: 20 runs each after 2 warm-ups,
// in-process (no HTTP: what the page or route spends in lib and PostgreSQL). Figures are printed, never asserted.
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { insertQuiz, seedAttemptsInBulk } from "../tests/fixtures/quiz-attempts";

// @ts-expect-error plain JS helper shared with the start and test scripts
const pgTools = await import("./lib/pg.mjs");

const STUDENTS = 500;
const QUESTIONS = 200;
const READINGS = 4;
const LOGS = 300_000;
const QUIZZES = 3;
const QUIZ_QUESTIONS = 20;
const RUNS = 20;
const KINDS = ["date", "number", "person", "position", "policy", "cause", "event"];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = (x: number) => Math.round(x * 10) / 10;

async function timed(label: string, db: pg.Client, sql: string, params: unknown[] = []) {
  const t = performance.now();
  const r = await db.query(sql, params);
  console.log(`  ${label}: ${r.rowCount ?? 0} rows, ${(performance.now() - t).toFixed(0)} ms`);
}

async function seed(db: pg.Client) {
  console.log("seeding …");
  await db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role) VALUES ('bench-teacher', 'bench-teacher@example.com', 'Bench Teacher', 'x', 'INSTRUCTOR')`);
  await timed("students", db, `INSERT INTO "User" (id, email, name, "passwordHash", role) SELECT 'bench-student-' || g, 'bench-student-' || g || '@example.com', 'Student ' || lpad(g::text, 3, '0'), 'x', 'STUDENT' FROM generate_series(1, $1::int) g`, [STUDENTS]);
  await db.query(`INSERT INTO "Class" (id, name, "joinCode") VALUES ('benchclass0000000000000a', 'Bench class', 'BENCH001')`);
  await db.query(`INSERT INTO "ClassInstructor" ("classId", "userId", "isOwner") VALUES ('benchclass0000000000000a', 'bench-teacher', true)`);
  await db.query(`INSERT INTO "Enrollment" (id, "classId", "studentId", "createdAt") SELECT 'e-' || id, 'benchclass0000000000000a', id, now() - interval '60 days' FROM "User" WHERE role = 'STUDENT'`);
  await db.query(
    `INSERT INTO "Reading" (id, slug, title, "titleInferred", "authorInferred", "venueInferred", published, "publishedInferred", body, "contentHash", "updatedAt")
     SELECT 'bench-reading-' || g, 'bench-reading-' || g, 'Bench reading ' || g, false, false, false, '2016', false, 'Body.', 'x', now() FROM generate_series(1, $1::int) g`,
    [READINGS],
  );
  await db.query(
    `INSERT INTO "Question" (id, type, "readingId") SELECT 'bench-' || lpad(g::text, 3, '0'), 'mcq', 'bench-reading-' || (1 + g % $2) FROM generate_series(1, $1::int) g`,
    [QUESTIONS, READINGS],
  );
  await db.query(
    `INSERT INTO "QuestionVersion" (id, "questionId", number, "contentHash", content, kind, difficulty, tags, prompt, "createdBy")
     SELECT 'v-' || q.id, q.id, 1, q.id, jsonb_build_object('id', q.id, 'type', 'mcq', 'kind', k.kind, 'difficulty', 1, 'tags', jsonb_build_array('bench'),
       'prompt', 'Which option does the reading name in ' || q.id || '?', 'options', jsonb_build_array('Alpha', 'Beta', 'Gamma', 'Delta'),
       'answer', 'Alpha', 'explanation', 'It says Alpha.', 'reading', q."readingId",
       'sources', jsonb_build_array(jsonb_build_object('reading', q."readingId", 'text', 'The reading names Alpha here.'))),
       k.kind, 1, ARRAY['bench'], 'Which option does the reading name in ' || q.id || '?', 'import'
     FROM "Question" q CROSS JOIN LATERAL (SELECT ($1::text[])[1 + abs(hashtext(q.id)) % 7] AS kind) k`,
    [KINDS],
  );
  await db.query(`UPDATE "Question" SET "currentVersionId" = 'v-' || id`);
  await db.query(
    `INSERT INTO "Assignment" (id, "classId", "readingId", "dueAt", "createdAt", "updatedAt")
     SELECT 'bench-assignment-' || g, 'benchclass0000000000000a', 'bench-reading-' || g, now() + make_interval(days => g * 5 - 8), now() - interval '50 days', now()
     FROM generate_series(1, $1::int) g`,
    [READINGS],
  );
  // Cards: every student × question, most studied, in every FSRS state; some overdue.
  await timed("cards", db, `
    INSERT INTO "Card" ("studentId", "questionId", "classId", due, stability, difficulty, reps, lapses, state, "lastReview")
    SELECT r.uid, r.qid, 'benchclass0000000000000a', now() + make_interval(hours => (r.x * 720)::int - 240),
           CASE WHEN r.x < 0.1 THEN 0 ELSE 1 + r.x * 40 END, CASE WHEN r.x < 0.1 THEN 0 ELSE 1 + r.x * 9 END,
           CASE WHEN r.x < 0.1 THEN 0 ELSE 3 END, CASE WHEN r.x > 0.8 THEN 1 ELSE 0 END,
           CASE WHEN r.x < 0.1 THEN 0 WHEN r.x < 0.2 THEN 1 WHEN r.x < 0.95 THEN 2 ELSE 3 END,
           CASE WHEN r.x < 0.1 THEN NULL ELSE now() - make_interval(hours => (r.x * 500)::int) END
    FROM (SELECT u.id AS uid, q.id AS qid, random() AS x FROM "User" u CROSS JOIN "Question" q WHERE u.role = 'STUDENT') r`);
  // 300,000 logs, 3–4 per studied card (ts-fsrs-sized JSON snapshots), over the last 60 days.
  await timed("review logs", db, `
    INSERT INTO "ReviewLog" ("cardId", "studentId", "classId", "questionVersionId", rating, "reviewedAt", "elapsedDays", "stateBefore", "stateAfter", "cardBefore", "cardAfter", "durationMs", "idempotencyKey")
    SELECT c.id, c."studentId", c."classId", 'v-' || c."questionId",
           CASE WHEN c.x < 0.12 THEN 1 WHEN c.x < 0.2 THEN 2 WHEN c.x < 0.9 THEN 3 ELSE 4 END,
           now() - make_interval(mins => (c.y * 86400)::int), (c.y * 10)::int, CASE WHEN c.n = 1 THEN 0 ELSE 2 END, 2,
           jsonb_build_object('due', now(), 'stability', 3.2, 'difficulty', 5.1, 'elapsed_days', 1, 'scheduled_days', 3, 'learning_steps', 0, 'reps', c.n, 'lapses', 0, 'state', 2, 'last_review', now()),
           jsonb_build_object('due', now(), 'stability', 7.9, 'difficulty', 5.0, 'elapsed_days', 3, 'scheduled_days', 8, 'learning_steps', 0, 'reps', c.n + 1, 'lapses', 0, 'state', 2, 'last_review', now()),
           2500, gen_random_uuid()::text
    -- random() in the select list of the subquery: once per row (a LATERAL subquery would be evaluated once per n)
    -- 3 logs per studied card and a 4th for about half of them, cut at exactly LOGS (4th logs go first).
    FROM (SELECT c.*, n, random() AS x, random() AS y FROM "Card" c CROSS JOIN generate_series(1, 4) n
          WHERE c.state <> 0 AND (n < 4 OR abs(hashtext(c.id)) % 2 = 0)) c
    ORDER BY c.n LIMIT $1::int`, [LOGS]);
  const t = performance.now();
  for (let i = 0; i < QUIZZES; i++) {
    const questionIds = Array.from({ length: QUIZ_QUESTIONS }, (_, k) => `bench-${String(1 + ((i * QUIZ_QUESTIONS + k) % QUESTIONS)).padStart(3, "0")}`);
    const quiz = await insertQuiz(db, { classId: "benchclass0000000000000a", questionIds, title: `Bench quiz ${i + 1}`, gradingMethod: (["highest", "latest", "average"] as const)[i] });
    await seedAttemptsInBulk(db, { quiz, classId: "benchclass0000000000000a" });
  }
  console.log(`  quizzes: ${QUIZZES} × ${STUDENTS} attempts × ${QUIZ_QUESTIONS} items, ${(performance.now() - t).toFixed(0)} ms`);
  // Two planted bad questions, so that the flags have something to find: in quiz 1, position 5 is answered right only
  // by the weaker students (negative discrimination); bench-200's cards are forgotten at almost every review.
  await db.query(`
    UPDATE "AttemptItem" ai SET fraction = CASE WHEN abs(hashtext(a."studentId")) % 100 < 30 THEN 1 ELSE 0 END,
           response = to_jsonb(CASE WHEN abs(hashtext(a."studentId")) % 100 < 30 THEN 'Alpha' ELSE 'Gamma' END)
    FROM "Attempt" a JOIN "Quiz" z ON z.id = a."quizId" AND z.title = 'Bench quiz 1'
    WHERE ai."attemptId" = a.id AND ai.position = 5`);
  await db.query(`UPDATE "Attempt" a SET score = (SELECT sum(points * fraction) FROM "AttemptItem" WHERE "attemptId" = a.id)`);
  await db.query(`UPDATE "ReviewLog" SET rating = CASE WHEN random() < 0.7 THEN 1 ELSE 3 END WHERE "questionVersionId" = 'v-bench-200' AND "stateBefore" = 2`);
  await timed("vacuum analyze", db, "VACUUM ANALYZE");
}

async function measure(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return { name, p50: round(pct(ms, 50)), p95: round(pct(ms, 95)) };
}

async function run(url: string) {
    process.env.DATABASE_URL = url;
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const seeded = (await db.query(`SELECT 1 FROM "Class" WHERE id = 'benchclass0000000000000a'`)).rowCount;
    if (!seeded) await seed(db);
    const { rows: [{ quizId }] } = await db.query(`SELECT id AS "quizId" FROM "Quiz" ORDER BY title LIMIT 1`);
    await db.end();
    const { getClassProgress } = await import("@/lib/analytics/class-progress");
    const { getAtRiskStudents } = await import("@/lib/analytics/at-risk");
    const { getItemAnalysis } = await import("@/lib/analytics/questions/item-analysis-queries");
    const { exportGradebook } = await import("@/lib/analytics/exports");
    const { getClassQuestionInsights } = await import("@/lib/analytics/questions/class-question-insights");
    const { srsPool } = await import("@/lib/srs/pool");
    const { prisma } = await import("@/lib/db");
    const ids = { classId: "benchclass0000000000000a", instructorId: "bench-teacher" };
    const results = [
      await measure("class progress (getClassProgress)", () => getClassProgress({ ...ids, now: new Date() })),
      await measure("at-risk list (getAtRiskStudents)", () => getAtRiskStudents({ ...ids, now: new Date() })),
      await measure("item analysis (one quiz, first attempts)", () => getItemAnalysis({ quizId, instructorId: ids.instructorId, which: "first" })),
      await measure("gradebook export (CSV)", () => exportGradebook(ids)),
      // Not in the list (so not in the JSON line): the class's question insights page, all 3 quizzes at once.
      await measure("question insights (3 quizzes + flashcards)", () => getClassQuestionInsights(ids)),
    ];
    const analysis = (await getItemAnalysis({ quizId, instructorId: ids.instructorId, which: "first" }))!;
    const book = await exportGradebook(ids);
    console.log(`\nchecks: item analysis ${analysis.attempts} attempts × ${analysis.rows.length} questions, alpha ${analysis.summary.cic?.toFixed(3)}, ${analysis.rows.filter((r) => r.flags.length).length} flagged; gradebook ${book.body.split("\n").length - 2} student rows`);
    // The machine may be shared: its load says how much of the cores these figures had.
    console.log(`\n| ${RUNS} runs each, ${os.cpus().length} cores (load ${os.loadavg()[0].toFixed(1)}), in-process | p50 ms | p95 ms |\n|---|---|---|`);
    for (const r of results) console.log(`| ${r.name} | ${r.p50} | ${r.p95} |`);
    await srsPool().end();
    await prisma.$disconnect();
    console.log(JSON.stringify({ bench: "dashboard", progress_p50_ms: results[0].p50, at_risk_p50_ms: results[1].p50, item_analysis_p50_ms: results[2].p50, gradebook_p50_ms: results[3].p50 }));
}

// BENCH_DATABASE_URL: a migrated database to seed once and keep (for profiling with EXPLAIN); otherwise a scratch one.
const keep = process.env.BENCH_DATABASE_URL;
if (keep) await run(keep);
else await pgTools.withScratchDatabases(["dashboard"], {}, ({ dashboard }: { dashboard: string }) => run(dashboard));
