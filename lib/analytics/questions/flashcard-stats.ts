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
// Two statements, run at once on two connections (they share no work): the cards, and the logs.
const CARDS_SQL = `
  SELECT c."questionId", q."readingId", count(*)::int AS cards, count(*) FILTER (WHERE c.state <> 0)::int AS studied,
         (avg(c.difficulty) FILTER (WHERE c.state <> 0))::float8 AS "meanDifficulty"
  FROM "Card" c JOIN "Question" q ON q.id = c."questionId"
  WHERE c."studentId" IN (SELECT "studentId" FROM "Enrollment" WHERE "classId" = $1)
    AND (q."readingId" IS NULL OR q."readingId" IN (SELECT "readingId" FROM "Assignment" WHERE "classId" = $1))
  GROUP BY c."questionId", q."readingId"`;

// Counted per question version first (the log's own column: no join to 100,000 cards, no probe per log), then per
// question; read by an index-only scan of the partial index of Review-state reviews (migration dashboard_item_indexes).
const LOGS_SQL = `
  WITH by_version AS (
    SELECT l."questionVersionId", count(*) AS reviews, count(*) FILTER (WHERE l.rating = 1) AS lapses
    FROM "ReviewLog" l
    WHERE l."stateBefore" = 2 AND l."studentId" IN (SELECT "studentId" FROM "Enrollment" WHERE "classId" = $1)
    GROUP BY l."questionVersionId"
  )
  SELECT v."questionId", sum(b.reviews)::int AS reviews, sum(b.lapses)::int AS lapses
  FROM by_version b JOIN "QuestionVersion" v ON v.id = b."questionVersionId"
  GROUP BY v."questionId"`;

export async function fetchQuestionMemory({ classId, pool = srsPool() }: { classId: string; pool?: pg.Pool }) {
  const [cards, logs] = await Promise.all([
    pool.query<Omit<QuestionMemory, keyof LapseCounts>>(CARDS_SQL, [classId]),
    pool.query<LapseCounts & { questionId: string }>(LOGS_SQL, [classId]),
  ]);
  const counts = new Map(logs.rows.map((l) => [l.questionId, l]));
  return new Map(cards.rows.map((c): [string, QuestionMemory] => [c.questionId, { ...c, reviews: counts.get(c.questionId)?.reviews ?? 0, lapses: counts.get(c.questionId)?.lapses ?? 0 }]));
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
