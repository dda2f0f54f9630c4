// Cards come from one set-based statement, never a loop per student: every enrolled student gets one card per
// question their classes study (lib/srs/class-questions.ts), and nothing twice (the unique (student, question) key).
// It runs when a reading is assigned, when a student joins a class, and after a question import; the queue filters
// the rest (retired, unassigned, quiz-only questions' cards stay, with their history, out of the queue).
import { prisma, type DbTx } from "@/lib/db";
import { classQuestionsSql } from "./class-questions";

/**
 * Creates the missing cards of one class, of one student, or (neither given) of every class. The class whose
 * settings schedule a card is the class that first gave it to the student (of several at once, the student's oldest
 * enrollment); an existing card keeps its class (docs/decisions/009-flashcards.md).
 */
export async function syncCards({ db = prisma, classId = null, studentId = null, now }: { db?: DbTx; classId?: string | null; studentId?: string | null; now: Date }): Promise<number> {
  const classFilter = classId ? `a."classId" = $1` : studentId ? `a."classId" IN (SELECT "classId" FROM "Enrollment" WHERE "studentId" = $2)` : "$1::text IS NULL";
  return db.$executeRawUnsafe(
    `INSERT INTO "Card" ("studentId", "questionId", "classId", "due")
     SELECT DISTINCT ON (e."studentId", cq.question_id) e."studentId", cq.question_id, cq.class_id, $3::timestamp
     FROM (${classQuestionsSql(classFilter)}) cq
     JOIN "Enrollment" e ON e."classId" = cq.class_id
     WHERE ($2::text IS NULL OR e."studentId" = $2) AND ($1::text IS NULL OR cq.class_id = $1)
     ORDER BY e."studentId", cq.question_id, e."createdAt", e."classId"
     ON CONFLICT ("studentId", "questionId") DO NOTHING`,
    classId,
    studentId,
    now.toISOString(), // timestamps are UTC without a zone: always bind ISO strings, never a Date (local-time text)
  );
}
