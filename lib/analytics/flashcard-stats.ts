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
// The logs are counted per question through the log's own question version (no join to 100,000 cards), read by an
// index-only scan of the partial index of Review-state reviews per student (migration dashboard_indexes).
const MEMORY_SQL = `
  WITH students AS MATERIALIZED (SELECT "studentId" FROM "Enrollment" WHERE "classId" = $1),
  logs AS (
    SELECT v."questionId", count(*) AS reviews, count(*) FILTER (WHERE l.rating = 1) AS lapses
    FROM "ReviewLog" l JOIN "QuestionVersion" v ON v.id = l."questionVersionId"
    WHERE l."stateBefore" = 2 AND l."studentId" IN (SELECT "studentId" FROM students)
    GROUP BY v."questionId"
  ),
  cards AS (
    SELECT c."questionId", count(*)::int AS cards, count(*) FILTER (WHERE c.state <> 0)::int AS studied,
           (avg(c.difficulty) FILTER (WHERE c.state <> 0))::float8 AS "meanDifficulty"
    FROM "Card" c WHERE c."studentId" IN (SELECT "studentId" FROM students)
    GROUP BY c."questionId"
  )
  SELECT c."questionId", q."readingId", c.cards, c.studied, c."meanDifficulty",
         COALESCE(l.reviews, 0)::int AS reviews, COALESCE(l.lapses, 0)::int AS lapses
  FROM cards c JOIN "Question" q ON q.id = c."questionId" LEFT JOIN logs l ON l."questionId" = c."questionId"
  WHERE q."readingId" IS NULL OR q."readingId" IN (SELECT "readingId" FROM "Assignment" WHERE "classId" = $1)`;

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
