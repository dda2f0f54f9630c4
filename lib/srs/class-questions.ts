// Which questions a class studies as flashcards, as SQL: the single place that decides it for cards and queues.
// The rule is decision 008's (docs/decisions/008-question-ownership.md): a class studies each shipped question of its
// assigned readings unless one of its instructors has a live copy of it — then that copy (the class owner's first,
// then the co-instructor who joined first) — plus its instructors' own new questions on those readings. Retired and
// quiz-only questions never become cards; a synthesis question (no reading of its own) counts once every reading its
// current version cites is assigned. These are constant SQL fragments (no input is ever interpolated); callers bind
// their own parameters.

// Quizzes use the same rule over the quiz's readings instead of the class's assignments, and include quiz-only
// questions (held back from flashcards precisely so that a quiz can ask them).
type Use = "flashcards" | "quizzes";
const LIVE_QUESTION: Record<Use, string> = {
  flashcards: `q."retiredAt" IS NULL AND NOT q."quizOnly"`,
  quizzes: `q."retiredAt" IS NULL`,
};

/** `question_readings(question_id, reading_id)`: the readings each flashcard question belongs to (one, or for a
 * synthesis question every one it cites; a cited reading missing from the database gives a null reading_id). */
function questionReadingsSql(use: Use) {
  return `
  SELECT q.id AS question_id, q."readingId" AS reading_id
  FROM "Question" q
  WHERE q."readingId" IS NOT NULL AND ${LIVE_QUESTION[use]}
  UNION ALL
  SELECT q.id, r.id
  FROM "Question" q
  JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
  CROSS JOIN LATERAL (SELECT DISTINCT s->>'reading' AS slug FROM jsonb_array_elements(v.content->'sources') s) src
  LEFT JOIN "Reading" r ON r.slug = src.slug
  WHERE q."readingId" IS NULL AND ${LIVE_QUESTION[use]}`;
}
export const QUESTION_READINGS_SQL = questionReadingsSql("flashcards");

const ASSIGNED_SQL = (classFilter: string) => `
    SELECT a."classId", a."readingId" FROM "Assignment" a JOIN "Class" k ON k.id = a."classId" AND NOT k.archived
    WHERE a."unassignedAt" IS NULL AND ${classFilter}`;

/** `class_questions(class_id, question_id)` for the classes matching `classFilter` (a condition on alias `a`, the
 * assignment, e.g. `a."classId" = $1`): a question is in when every reading it belongs to is actively assigned.
 * The CTEs are MATERIALIZED: inlined, the planner misjudges the JSON expansion as one row and re-runs it per card. */
export function classQuestionsSql(classFilter: string) {
  return questionsSql({ use: "flashcards", assignedSql: ASSIGNED_SQL(classFilter) });
}

/** `class_questions(class_id, question_id)` a quiz may ask: decision 008's precedence over the quiz's readings (not
 * the class's assignments), quiz-only questions included. `quizParam` binds the quiz id. */
export function quizQuestionsSql(quizParam: string) {
  return questionsSql({
    use: "quizzes",
    assignedSql: `SELECT z."classId", zr."readingId" FROM "QuizReading" zr JOIN "Quiz" z ON z.id = zr."quizId" WHERE zr."quizId" = ${quizParam}`,
  });
}

/** The same over readings not yet in a quiz (the builder, before a save): readings by slug (`slugsParam`, a text[]),
 * assigned to the class or not, for the class `classParam` (docs/decisions/011-quiz-building.md). */
export function readingsQuizQuestionsSql(classParam: string, slugsParam: string) {
  return questionsSql({
    use: "quizzes",
    assignedSql: `SELECT ${classParam}::text AS "classId", r.id AS "readingId" FROM "Reading" r WHERE r.slug = ANY(${slugsParam}::text[])`,
  });
}

function questionsSql({ use, assignedSql }: { use: Use; assignedSql: string }) {
  return `
  WITH qr AS MATERIALIZED (${questionReadingsSql(use)}),
  need AS MATERIALIZED (SELECT question_id, count(*) AS needed FROM qr GROUP BY question_id),
  assigned AS MATERIALIZED (${assignedSql}),
  covered AS MATERIALIZED (
    SELECT s."classId" AS class_id, qr.question_id
    FROM qr JOIN assigned s ON s."readingId" = qr.reading_id JOIN need ON need.question_id = qr.question_id
    GROUP BY s."classId", qr.question_id, need.needed
    HAVING count(*) = need.needed
  )
  SELECT c.class_id, c.question_id
  FROM covered c JOIN "Question" q ON q.id = c.question_id
  WHERE (q."ownerId" IS NULL AND NOT EXISTS (
          SELECT 1 FROM "Question" f JOIN "ClassInstructor" ci ON ci."userId" = f."ownerId" AND ci."classId" = c.class_id
          WHERE f."forkOfId" = q.id AND f."retiredAt" IS NULL))
     OR (q."ownerId" IS NOT NULL AND q."forkOfId" IS NULL
          AND EXISTS (SELECT 1 FROM "ClassInstructor" ci WHERE ci."classId" = c.class_id AND ci."userId" = q."ownerId"))
     OR (q."forkOfId" IS NOT NULL AND q.id = (
          SELECT f.id FROM "Question" f JOIN "ClassInstructor" ci ON ci."userId" = f."ownerId" AND ci."classId" = c.class_id
          WHERE f."forkOfId" = q."forkOfId" AND f."retiredAt" IS NULL
          ORDER BY ci."isOwner" DESC, ci."createdAt" ASC LIMIT 1))`;
}

/** `student_questions(question_id)`: the questions the student `$studentParam` studies now, across their classes. */
export function studentQuestionsSql(studentParam: string) {
  return `
  SELECT DISTINCT cq.question_id
  FROM (${classQuestionsSql(`a."classId" IN (SELECT "classId" FROM "Enrollment" WHERE "studentId" = ${studentParam})`)}) cq`;
}
