import "server-only";
// The marks of quizzes' finished attempts, one row per attempt item, in ONE set-based statement (no loop per attempt
// or per student); ./quiz-item-stats computes Moodle's statistics from them.
import type pg from "pg";
import { srsPool } from "@/lib/srs/pool";
import { toMarkRows, type MarkRow } from "./quiz-item-stats";

// - mark: the instructor's override (clamped to [0, points], as lib/quiz/scoring's scoreSlot does), else points ×
//   fraction; an item not graded yet counts 0, as Moodle counts an unanswered question.
// - response: only for multiple-choice items (the distractor counts); other responses stay in the database.
// The slot column and the seconds per item are derived in JS (toMarkRows): two window sorts over text keys cost more
// in PostgreSQL than the whole statement otherwise does.
const MARKS_SQL = `
  SELECT a."quizId", a.id AS "attemptId", a."studentId", a."startedAt", ai."questionId", ai."slotId", ai.position,
         s.position AS "slotPosition", ai.points, ai."savedAt",
         CASE WHEN ai."overrideMark" IS NOT NULL THEN LEAST(ai.points, GREATEST(0, ai."overrideMark"))
              ELSE ai.points * COALESCE(ai.fraction, 0) END AS mark,
         CASE WHEN q.type = 'mcq' THEN ai.response END AS response
  FROM "Attempt" a
  JOIN "AttemptItem" ai ON ai."attemptId" = a.id
  JOIN "Question" q ON q.id = ai."questionId"
  LEFT JOIN "QuizSlot" s ON s.id = ai."slotId"
  WHERE a."quizId" = ANY($1::text[]) AND a.state = 'finished'`;

export type QuizMarkRow = MarkRow & { quizId: string };
type RawRow = Omit<QuizMarkRow, "column" | "seconds" | "slotPosition"> & { slotId: string | null; position: number; slotPosition: number | null; savedAt: Date | null };

/** The rows of each quiz (a quiz without finished attempts is absent). Callers have checked the quizzes are theirs. */
export async function fetchQuizMarks({ quizIds, pool = srsPool() }: { quizIds: string[]; pool?: pg.Pool }) {
  const byQuiz = new Map<string, QuizMarkRow[]>();
  if (quizIds.length === 0) return byQuiz;
  const { rows } = await pool.query<RawRow>(MARKS_SQL, [quizIds]);
  for (const row of toMarkRows(rows)) {
    const list = byQuiz.get(row.quizId);
    if (list) list.push(row);
    else byQuiz.set(row.quizId, [row]);
  }
  return byQuiz;
}
