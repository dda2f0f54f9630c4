import "server-only";
// Flashcard memory per question for one class's students, in one statement: how often a card in the Review state
// was forgotten (a lapse = Again on such a card, as ts-fsrs counts `lapses`) and the mean FSRS difficulty D of the
// cards studied so far. The reading's figures pool its questions, so a question can be compared with its reading.
import type pg from "pg";
import { srsPool } from "@/lib/srs/pool";
import type { LapseCounts } from "./question-flags";

export type QuestionMemory = LapseCounts & {
  questionId: string;
  /** The reading the question belongs to; null for a synthesis question (it cites several). */
  readingId: string | null;
  cards: number;
  studied: number;
  /** Mean D (1 easiest … 10 hardest) over the cards past New; null when none is. */
  meanDifficulty: number | null;
};

// The students are the class's enrolment (not the card's scheduling class: a student's memory is theirs whichever
// class scheduled the card), the questions those of the class's readings (assigned now or before) plus synthesis.
// The logs are read through the partial index on Review-state reviews (migration dashboard_indexes).
const MEMORY_SQL = `
  WITH cards AS MATERIALIZED (
    SELECT c.id, c."questionId", c.difficulty, c.state, q."readingId"
    FROM "Enrollment" e
    JOIN "Card" c ON c."studentId" = e."studentId"
    JOIN "Question" q ON q.id = c."questionId"
    WHERE e."classId" = $1
      AND (q."readingId" IS NULL OR q."readingId" IN (SELECT "readingId" FROM "Assignment" WHERE "classId" = $1))
  ),
  logs AS (
    SELECT l."cardId", count(*) AS reviews, count(*) FILTER (WHERE l.rating = 1) AS lapses
    FROM "ReviewLog" l JOIN cards c ON c.id = l."cardId"
    WHERE l."stateBefore" = 2
    GROUP BY l."cardId"
  )
  SELECT c."questionId", c."readingId", count(*)::int AS cards, count(*) FILTER (WHERE c.state <> 0)::int AS studied,
         (avg(c.difficulty) FILTER (WHERE c.state <> 0))::float8 AS "meanDifficulty",
         COALESCE(sum(l.reviews), 0)::int AS reviews, COALESCE(sum(l.lapses), 0)::int AS lapses
  FROM cards c LEFT JOIN logs l ON l."cardId" = c.id
  GROUP BY c."questionId", c."readingId"`;

export async function fetchQuestionMemory({ classId, pool = srsPool() }: { classId: string; pool?: pg.Pool }) {
  const { rows } = await pool.query<QuestionMemory>(MEMORY_SQL, [classId]);
  return new Map(rows.map((row) => [row.questionId, row]));
}

/** Reading key: the reading's id, or "synthesis" for the questions that cite several readings. */
export const readingKeyOf = (readingId: string | null) => readingId ?? "synthesis";

/** Pooled lapse counts per reading key. */
export function sumByReading(memory: Iterable<QuestionMemory>): Map<string, LapseCounts> {
  const totals = new Map<string, LapseCounts>();
  for (const m of memory) {
    const key = readingKeyOf(m.readingId);
    const t = totals.get(key) ?? { reviews: 0, lapses: 0 };
    totals.set(key, { reviews: t.reviews + m.reviews, lapses: t.lapses + m.lapses });
  }
  return totals;
}
