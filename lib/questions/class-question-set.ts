// Which questions a class uses (decision 008), in one SQL statement so that flashcards and quizzes share one rule:
// - for each shipped question, the copy owned by one of the class's instructors if one exists and is not retired (the
//   class owner's first, then the instructor who joined the class first), else the shipped question itself;
// - plus the class's instructors' own new questions;
// - never a retired question, never one without content, never another instructor's question.
// A question counts when it belongs to one of `readingIds`; a synthesis question (reading null) counts once every
// reading it cites is among them.
import type { Db, DbTx } from "@/lib/db";

export type ClassQuestion = {
  id: string;
  /** Null for a synthesis question. */
  readingId: string | null;
  quizOnly: boolean;
  /** The shipped question this copy stands in for (null for a shipped question or an instructor's own new one). */
  forkOfId: string | null;
  /** The question's current version, as attempts and reviews record it. */
  versionId: string;
};

export async function listClassQuestionIds({ db, classId, readingIds }: { db: Db | DbTx; classId: string; readingIds: string[] }): Promise<ClassQuestion[]> {
  if (readingIds.length === 0) return [];
  return db.$queryRaw<ClassQuestion[]>`
    WITH teachers AS (
      SELECT "userId", "isOwner", "createdAt" FROM "ClassInstructor" WHERE "classId" = ${classId}
    ), assigned AS (
      SELECT slug FROM "Reading" WHERE id = ANY(${readingIds})
    ), live AS (
      SELECT q.id, q."readingId", q."quizOnly", q."forkOfId", q."ownerId", q."currentVersionId"
      FROM "Question" q JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
      WHERE q."retiredAt" IS NULL
        AND (q."ownerId" IS NULL OR q."ownerId" IN (SELECT "userId" FROM teachers))
        AND (q."readingId" = ANY(${readingIds})
          OR (q."readingId" IS NULL AND NOT EXISTS (
            SELECT 1 FROM jsonb_array_elements(v.content->'sources') s
            WHERE s->>'reading' NOT IN (SELECT slug FROM assigned))))
    ), chosen_copies AS (
      SELECT DISTINCT ON (c."forkOfId") c.id, c."forkOfId"
      FROM live c JOIN teachers t ON t."userId" = c."ownerId"
      WHERE c."forkOfId" IS NOT NULL
      ORDER BY c."forkOfId", t."isOwner" DESC, t."createdAt", t."userId"
    )
    SELECT l.id, l."readingId", l."quizOnly", l."forkOfId", l."currentVersionId" AS "versionId"
    FROM live l
    WHERE (l."ownerId" IS NULL AND l.id NOT IN (SELECT "forkOfId" FROM chosen_copies))
       OR (l."ownerId" IS NOT NULL AND l."forkOfId" IS NULL)
       OR l.id IN (SELECT id FROM chosen_copies)
    ORDER BY l.id`;
}
