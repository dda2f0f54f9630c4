// The class's flashcards, aggregated in one SQL statement: per student, and per student and assigned reading. The
// set of cards is the one the study queue uses (lib/srs/class-questions.ts); recall is ts-fsrs's forgetting curve
// evaluated in SQL with the class's parameters (./class-context.ts). No loop per student.
import "server-only";
import { classQuestionsSql, QUESTION_READINGS_SQL } from "@/lib/srs/class-questions";
import { srsPool } from "@/lib/srs/pool";
import { recallSql, type ClassContext } from "./class-context";

export type StudentCardStats = {
  studentId: string;
  cards: number;
  studied: number;
  overdue: number;
  /** Due time of the (threshold+1)-th oldest overdue card: when the count went past the at-risk threshold. */
  overdueSince: Date | null;
  /** Mean predicted recall now over studied cards; null when none is studied. */
  meanRecall: number | null;
  lastReviewAt: Date | null;
};

export type StudentReadingStats = {
  studentId: string;
  assignmentId: string;
  cards: number;
  studied: number;
  /** Sums (unstudied cards count 0) so that class means can be taken over cards or students. */
  recallNowSum: number;
  /** Null when the reading has no due date still ahead. */
  recallAtDueSum: number | null;
  lastReviewAt: Date | null;
};

// The class's questions with the assigned reading(s) they belong to; `is_primary` marks one row per question, so that
// per-student figures count a synthesis question (several readings) once.
const QUESTION_ASSIGNMENTS_SQL = `
  cq AS MATERIALIZED (${classQuestionsSql(`a."classId" = $1`)}),
  qr AS MATERIALIZED (${QUESTION_READINGS_SQL}),
  qa AS MATERIALIZED (
    SELECT qr.question_id, a.id AS assignment_id, a."dueAt" AS due_at,
           row_number() OVER (PARTITION BY qr.question_id ORDER BY a.id) = 1 AS is_primary
    FROM "Assignment" a
    JOIN qr ON qr.reading_id = a."readingId"
    JOIN cq ON cq.question_id = qr.question_id
    WHERE a."classId" = $1 AND a."unassignedAt" IS NULL
  )`;

// $1 class, $2 now, $3 decay, $4 factor. One pass over the class's cards, hashed by (student, reading); the p_*
// columns count primary rows only, so that summing them over a student's readings counts each card once.
const CARDS_SQL = `
  WITH ${QUESTION_ASSIGNMENTS_SQL}
  SELECT "studentId", assignment_id,
         count(*)::int AS cards, count(*) FILTER (WHERE state <> 0)::int AS studied,
         sum(recall_now) AS recall_now_sum, sum(recall_due) AS recall_due_sum, max("lastReview") AS last_review,
         count(*) FILTER (WHERE is_primary)::int AS p_cards,
         count(*) FILTER (WHERE is_primary AND state <> 0)::int AS p_studied,
         count(*) FILTER (WHERE is_primary AND state <> 0 AND due < $2::timestamp)::int AS p_overdue,
         -- Unstudied cards count 0, and few rows are not primary: subtracting those evaluates the curve once per card.
         coalesce(sum(recall_now), 0) - coalesce(sum(recall_now) FILTER (WHERE NOT is_primary), 0) AS p_recall_sum
  FROM (
    SELECT c."studentId", qa.assignment_id, qa.is_primary, c.state, c.due, c."lastReview",
           ${recallSql({ at: "$2::timestamp", decay: "$3", factor: "$4" })} AS recall_now,
           CASE WHEN qa.due_at > $2::timestamp THEN ${recallSql({ at: "qa.due_at", decay: "$3", factor: "$4" })} END AS recall_due
    FROM qa
    JOIN "Card" c ON c."questionId" = qa.question_id
    JOIN "Enrollment" e ON e."classId" = $1 AND e."studentId" = c."studentId"
  ) cards
  GROUP BY "studentId", assignment_id`;

// $1 class, $2 now, $3 threshold, $4 students: the due time of each student's (threshold+1)-th oldest overdue card,
// read along the (studentId, due) index, for the few students past the threshold only.
const OVERDUE_SINCE_SQL = `
  WITH ${QUESTION_ASSIGNMENTS_SQL}
  SELECT s.id AS "studentId",
         (SELECT c.due FROM "Card" c
          WHERE c."studentId" = s.id AND c.state <> 0 AND c.due < $2::timestamp
            AND c."questionId" IN (SELECT question_id FROM qa WHERE is_primary)
          ORDER BY c.due OFFSET $3::int LIMIT 1) AS since
  FROM unnest($4::text[]) AS s(id)`;

type Row = {
  studentId: string;
  assignment_id: string;
  cards: number;
  studied: number;
  recall_now_sum: number | null;
  recall_due_sum: number | null;
  last_review: Date | null;
  p_cards: number;
  p_studied: number;
  p_overdue: number;
  p_recall_sum: number;
};

/** Per student: the sums of the primary columns over their readings. */
function sumPerStudent(rows: Row[]): Map<string, StudentCardStats> {
  const sums = new Map<string, StudentCardStats & { recallSum: number }>();
  for (const r of rows) {
    const s = sums.get(r.studentId) ?? {
      studentId: r.studentId, cards: 0, studied: 0, overdue: 0, overdueSince: null, meanRecall: null, lastReviewAt: null, recallSum: 0,
    };
    s.cards += r.p_cards;
    s.studied += r.p_studied;
    s.overdue += r.p_overdue;
    s.recallSum += r.p_recall_sum;
    if (r.last_review && (!s.lastReviewAt || r.last_review > s.lastReviewAt)) s.lastReviewAt = r.last_review;
    sums.set(r.studentId, s);
  }
  return new Map(
    [...sums].map(([id, { recallSum, ...s }]) => [id, { ...s, meanRecall: s.studied ? recallSum / s.studied : null }]),
  );
}

export const CARDS_SQL_FOR_EXPLAIN = CARDS_SQL;
export async function loadCardAggregates({ ctx, now }: { ctx: ClassContext; now: Date }) {
  const pool = srsPool();
  const { rows } = await pool.query<Row>(CARDS_SQL, [ctx.id, now.toISOString(), ctx.curve.decay, ctx.curve.factor]);
  const students = sumPerStudent(rows);
  const readings: StudentReadingStats[] = rows.map((r) => ({
    studentId: r.studentId, assignmentId: r.assignment_id, cards: r.cards, studied: r.studied,
    recallNowSum: r.recall_now_sum ?? 0, recallAtDueSum: r.recall_due_sum, lastReviewAt: r.last_review,
  }));
  const past = [...students.values()].filter((s) => s.overdue > ctx.atRisk.overdueCards).map((s) => s.studentId);
  if (past.length) {
    const since = await pool.query<{ studentId: string; since: Date | null }>(OVERDUE_SINCE_SQL, [ctx.id, now.toISOString(), ctx.atRisk.overdueCards, past]);
    for (const r of since.rows) students.get(r.studentId)!.overdueSince = r.since;
  }
  return { students, readings };
}
