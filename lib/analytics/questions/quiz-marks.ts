import "server-only";
// The marks of quizzes' finished attempts in ONE set-based statement (no loop per attempt or per student);
// ./quiz-item-stats computes Moodle's statistics from them.
import type pg from "pg";
import { srsPool } from "@/lib/srs/pool";
import { toMarkRows, type MarkRow } from "./quiz-item-stats";

// One row per attempt, its items as one JSON array: 1,500 rows and one native JSON.parse each instead of 30,000 rows
// of twelve text fields (the row-by-row decoding cost more than the query). Times are epoch milliseconds.
// - mark: the instructor's override (clamped to [0, points], as lib/quiz/scoring's scoreSlot does), else points ×
//   fraction; an item not graded yet counts 0, as Moodle counts an unanswered question.
// - response: only for multiple-choice items (the distractor counts), as text; other responses stay in the database.
// The slot column and the seconds per item are derived in JS (toMarkRows).
const MARKS_SQL = `
  SELECT a."quizId", a.id AS "attemptId", a."studentId", (EXTRACT(EPOCH FROM a."startedAt") * 1000)::float8 AS "startedAt",
         json_agg(json_build_array(
           ai."questionId", ai."slotId", ai.position, s.position, ai.points,
           CASE WHEN ai."overrideMark" IS NOT NULL THEN LEAST(ai.points, GREATEST(0, ai."overrideMark"))
                ELSE ai.points * COALESCE(ai.fraction, 0) END,
           (EXTRACT(EPOCH FROM ai."savedAt") * 1000)::float8,
           CASE WHEN q.type = 'mcq' THEN ai.response #>> '{}' END)) AS items
  FROM "Attempt" a
  JOIN "AttemptItem" ai ON ai."attemptId" = a.id
  JOIN "Question" q ON q.id = ai."questionId"
  LEFT JOIN "QuizSlot" s ON s.id = ai."slotId"
  WHERE a."quizId" = ANY($1::text[]) AND a.state = 'finished'
  GROUP BY a.id`;

type Item = [questionId: string, slotId: string | null, position: number, slotPosition: number | null, points: number, mark: number, savedAt: number | null, response: string | null];
type AttemptRow = { quizId: string; attemptId: string; studentId: string; startedAt: number; items: Item[] };

export type QuizMarkRow = MarkRow & { quizId: string };

/** The rows of each quiz (a quiz without finished attempts is absent). Callers have checked the quizzes are theirs. */
export async function fetchQuizMarks({ quizIds, pool = srsPool() }: { quizIds: string[]; pool?: pg.Pool }) {
  const byQuiz = new Map<string, QuizMarkRow[]>();
  if (quizIds.length === 0) return byQuiz;
  const { rows } = await pool.query<AttemptRow>(MARKS_SQL, [quizIds]);
  for (const a of rows) {
    const startedAt = new Date(a.startedAt);
    const raw = a.items.map(([questionId, slotId, position, slotPosition, points, mark, savedAt, response]) => ({
      quizId: a.quizId, attemptId: a.attemptId, studentId: a.studentId, startedAt,
      questionId, slotId, position, slotPosition, points, mark, savedAt: savedAt === null ? null : new Date(savedAt), response,
    }));
    const list = byQuiz.get(a.quizId) ?? [];
    for (const row of toMarkRows(raw)) list.push(row);
    byQuiz.set(a.quizId, list);
  }
  return byQuiz;
}
