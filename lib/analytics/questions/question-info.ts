import "server-only";
// What the analysis pages show of each question (current version) and where its links go.
import type pg from "pg";
import { srsPool } from "@/lib/srs/pool";

export type QuestionInfo = {
  id: string;
  type: string;
  kind: string;
  prompt: string;
  readingId: string | null;
  /** The question's reading, or for a synthesis question the first reading it cites: where its sentence is. */
  readingSlug: string | null;
  readingTitle: string | null;
  /** Multiple choice only: the options and the key (instructor pages only). */
  options: string[] | null;
  answer: string | null;
};

const INFO_SQL = `
  SELECT q.id, q.type, v.kind, v.prompt, q."readingId", r.slug AS "readingSlug", r.title AS "readingTitle",
         CASE WHEN q.type = 'mcq' THEN v.content->'options' END AS options,
         CASE WHEN q.type = 'mcq' THEN v.content->>'answer' END AS answer
  FROM "Question" q
  JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
  LEFT JOIN "Reading" r ON r.id = COALESCE(q."readingId", (SELECT r2.id FROM "Reading" r2 WHERE r2.slug = v.content->'sources'->0->>'reading'))
  WHERE q.id = ANY($1::text[])`;

export async function fetchQuestionInfo({ questionIds, pool = srsPool() }: { questionIds: string[]; pool?: pg.Pool }) {
  if (questionIds.length === 0) return new Map<string, QuestionInfo>();
  const { rows } = await pool.query<QuestionInfo>(INFO_SQL, [questionIds]);
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The reading opened at the question's first quoted sentence: the instructor's reading page turns `#q-<id>` into that
 * passage, focused, with its questions listed (app/readings/[slug]).
 */
export const sentenceHref = (q: { id: string; readingSlug: string | null }) =>
  q.readingSlug ? `/readings/${encodeURIComponent(q.readingSlug)}#q-${encodeURIComponent(q.id)}` : null;

export const editorHref = (questionId: string) => `/instructor/questions/${encodeURIComponent(questionId)}/edit`;

/** Quiz-build's regrade endpoint: POST { questionId, scope } re-marks the past attempts that used the question. */
export const regradeUrl = (quizId: string) => `/api/quizzes/${encodeURIComponent(quizId)}/regrade`;
