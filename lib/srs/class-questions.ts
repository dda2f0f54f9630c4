// Which questions a class studies as flashcards, as SQL: the single place that decides it, so that the rule can
// change in one spot (an instructor's copy replacing a shipped question, docs/decisions/008-question-ownership.md).
// Today: the active (not retired), not quiz-only, shipped questions (no owner) of the readings the class has assigned;
// a synthesis question (no reading of its own) once every reading its current version cites is assigned.
// These are constant SQL fragments (no input is ever interpolated); callers bind their own parameters.

const FLASHCARD_QUESTION = `q."retiredAt" IS NULL AND NOT q."quizOnly" AND q."ownerId" IS NULL`;

/** `question_readings(question_id, reading_id)`: the readings each flashcard question belongs to (one, or for a
 * synthesis question every one it cites; a cited reading missing from the database gives a null reading_id). */
export const QUESTION_READINGS_SQL = `
  SELECT q.id AS question_id, q."readingId" AS reading_id
  FROM "Question" q
  WHERE q."readingId" IS NOT NULL AND ${FLASHCARD_QUESTION}
  UNION ALL
  SELECT q.id, r.id
  FROM "Question" q
  JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
  CROSS JOIN LATERAL (SELECT DISTINCT s->>'reading' AS slug FROM jsonb_array_elements(v.content->'sources') s) src
  LEFT JOIN "Reading" r ON r.slug = src.slug
  WHERE q."readingId" IS NULL AND ${FLASHCARD_QUESTION}`;

/** `class_questions(class_id, question_id)` for the classes matching `classFilter` (a condition on alias `a`, the
 * assignment, e.g. `a."classId" = $1`): a question is in when every reading it belongs to is actively assigned.
 * The CTEs are MATERIALIZED: inlined, the planner misjudges the JSON expansion as one row and re-runs it per card. */
export function classQuestionsSql(classFilter: string) {
  return `
  WITH qr AS MATERIALIZED (${QUESTION_READINGS_SQL}),
  need AS MATERIALIZED (SELECT question_id, count(*) AS needed FROM qr GROUP BY question_id),
  assigned AS MATERIALIZED (
    SELECT a."classId", a."readingId" FROM "Assignment" a JOIN "Class" k ON k.id = a."classId" AND NOT k.archived
    WHERE a."unassignedAt" IS NULL AND ${classFilter}
  )
  SELECT s."classId" AS class_id, qr.question_id
  FROM qr JOIN assigned s ON s."readingId" = qr.reading_id JOIN need ON need.question_id = qr.question_id
  GROUP BY s."classId", qr.question_id, need.needed
  HAVING count(*) = need.needed`;
}

/** `student_questions(question_id)`: the questions the student `$studentParam` studies now, across their classes. */
export function studentQuestionsSql(studentParam: string) {
  return `
  SELECT DISTINCT cq.question_id
  FROM (${classQuestionsSql(`a."classId" IN (SELECT "classId" FROM "Enrollment" WHERE "studentId" = ${studentParam})`)}) cq`;
}
