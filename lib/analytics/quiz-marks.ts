import "server-only";
// The marks of quizzes' finished attempts, one row per attempt item, in ONE set-based statement (no loop per attempt
// or per student); ./quiz-item-stats computes Moodle's statistics from them.
import type pg from "pg";
import { srsPool } from "@/lib/srs/pool";
import type { MarkRow } from "./quiz-item-stats";

// - mark: the instructor's override (clamped to [0, points], as lib/quiz/scoring's scoreSlot does), else points ×
//   fraction; an item not graded yet counts 0, as Moodle counts an unanswered question.
// - column: the slot, ranked within the slot for a pool drawn several times, so alpha sums over the quiz's slots.
// - seconds: the time from the attempt's previous save (or its start) to this item's last save — see
//   docs/decisions/013-item-analysis.md for why this and not the attempt's duration divided by its questions.
// - response: only for multiple-choice items (the distractor counts); other responses stay in the database.
const MARKS_SQL = `
  SELECT a."quizId", a.id AS "attemptId", a."studentId", a."startedAt", ai."questionId",
         COALESCE(ai."slotId", 'q:' || ai."questionId") || ':' ||
           row_number() OVER (PARTITION BY ai."attemptId", COALESCE(ai."slotId", ai."questionId") ORDER BY ai.position) AS "column",
         COALESCE(s.position, ai.position) AS "slotPosition",
         ai.points,
         CASE WHEN ai."overrideMark" IS NOT NULL THEN LEAST(ai.points, GREATEST(0, ai."overrideMark"))
              ELSE ai.points * COALESCE(ai.fraction, 0) END AS mark,
         CASE WHEN q.type = 'mcq' THEN ai.response END AS response,
         EXTRACT(EPOCH FROM ai."savedAt" - COALESCE(
           lag(ai."savedAt") OVER (PARTITION BY ai."attemptId" ORDER BY ai."savedAt" NULLS LAST), a."startedAt"))::float8 AS seconds
  FROM "Attempt" a
  JOIN "AttemptItem" ai ON ai."attemptId" = a.id
  JOIN "Question" q ON q.id = ai."questionId"
  LEFT JOIN "QuizSlot" s ON s.id = ai."slotId"
  WHERE a."quizId" = ANY($1::text[]) AND a.state = 'finished'`;

export type QuizMarkRow = MarkRow & { quizId: string };

/** The rows of each quiz (a quiz without finished attempts is absent). Callers have checked the quizzes are theirs. */
export async function fetchQuizMarks({ quizIds, pool = srsPool() }: { quizIds: string[]; pool?: pg.Pool }) {
  const byQuiz = new Map<string, QuizMarkRow[]>();
  if (quizIds.length === 0) return byQuiz;
  const { rows } = await pool.query<QuizMarkRow>(MARKS_SQL, [quizIds]);
  for (const row of rows) {
    const list = byQuiz.get(row.quizId);
    if (list) list.push(row);
    else byQuiz.set(row.quizId, [row]);
  }
  return byQuiz;
}
