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

// $1 class, $2 now, $3 decay, $4 factor, $5 at-risk overdue threshold (the since-card's 1-based index minus one).
const CARDS_SQL = `
  WITH cq AS MATERIALIZED (${classQuestionsSql(`a."classId" = $1`)}),
  qr AS MATERIALIZED (${QUESTION_READINGS_SQL}),
  asg AS MATERIALIZED (
    SELECT id, "readingId", "dueAt" FROM "Assignment" WHERE "classId" = $1 AND "unassignedAt" IS NULL
  ),
  cards AS MATERIALIZED (
    SELECT c.id, c."studentId", asg.id AS assignment_id, asg."dueAt" AS due_at, c.state, c.due, c."lastReview",
           ${recallSql({ at: "$2::timestamp", decay: "$3", factor: "$4" })} AS recall_now,
           CASE WHEN asg."dueAt" > $2::timestamp THEN ${recallSql({ at: 'asg."dueAt"', decay: "$3", factor: "$4" })} END AS recall_due
    FROM asg
    JOIN qr ON qr.reading_id = asg."readingId"
    JOIN cq ON cq.question_id = qr.question_id
    JOIN "Card" c ON c."questionId" = cq.question_id
    JOIN "Enrollment" e ON e."classId" = $1 AND e."studentId" = c."studentId"
  ),
  by_reading AS (
    SELECT 'r' AS kind, "studentId", assignment_id, count(*)::int AS cards, count(*) FILTER (WHERE state <> 0)::int AS studied,
           sum(recall_now) AS recall_now_sum, sum(recall_due) AS recall_due_sum, max("lastReview") AS last_review,
           NULL::int AS overdue, NULL::timestamp AS overdue_since, NULL::float8 AS mean_recall
    FROM cards GROUP BY "studentId", assignment_id
  ),
  distinct_cards AS (SELECT DISTINCT ON (id) * FROM cards),
  by_student AS (
    SELECT 's', "studentId", NULL, count(*)::int, count(*) FILTER (WHERE state <> 0)::int,
           NULL::float8, NULL::float8, max("lastReview"),
           count(*) FILTER (WHERE state <> 0 AND due < $2::timestamp)::int,
           (array_agg(due ORDER BY due) FILTER (WHERE state <> 0 AND due < $2::timestamp))[$5::int + 1],
           avg(recall_now) FILTER (WHERE state <> 0)
    FROM distinct_cards GROUP BY "studentId"
  )
  SELECT * FROM by_reading UNION ALL SELECT * FROM by_student`;

type Row = {
  kind: "r" | "s";
  studentId: string;
  assignment_id: string | null;
  cards: number;
  studied: number;
  recall_now_sum: number | null;
  recall_due_sum: number | null;
  last_review: Date | null;
  overdue: number | null;
  overdue_since: Date | null;
  mean_recall: number | null;
};

export async function loadCardAggregates({ ctx, now }: { ctx: ClassContext; now: Date }) {
  const { rows } = await srsPool().query<Row>(CARDS_SQL, [ctx.id, now.toISOString(), ctx.curve.decay, ctx.curve.factor, ctx.atRisk.overdueCards]);
  const students = new Map<string, StudentCardStats>();
  const readings: StudentReadingStats[] = [];
  for (const r of rows) {
    if (r.kind === "s") {
      students.set(r.studentId, {
        studentId: r.studentId, cards: r.cards, studied: r.studied, overdue: r.overdue ?? 0, overdueSince: r.overdue_since,
        meanRecall: r.mean_recall, lastReviewAt: r.last_review,
      });
    } else {
      readings.push({
        studentId: r.studentId, assignmentId: r.assignment_id!, cards: r.cards, studied: r.studied,
        recallNowSum: r.recall_now_sum ?? 0, recallAtDueSum: r.recall_due_sum, lastReviewAt: r.last_review,
      });
    }
  }
  return { students, readings };
}
