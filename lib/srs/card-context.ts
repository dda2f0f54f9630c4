// The one read of the rate and reveal paths: the card, its question's current version, the settings that schedule
// it, and the session check (the token's sessionVersion and the student role) — in a single statement.
import type pg from "pg";
import { AppError } from "@/lib/errors";
import { refuseBadSession } from "./session-claims";
import { DEFAULT_SETTINGS, type SchedulerSettings, type StoredCard } from "./scheduler";

export type CardContext = {
  /** The question's current content and its quoted readings' titles by slug (only when asked for: reveal). */
  content?: unknown;
  titles?: Record<string, string>;
  card: StoredCard & { id: string; questionId: string; classId: string | null; version: number };
  questionVersionId: string;
  settings: SchedulerSettings;
  timeZone: string;
  dayStartHour: number;
};

type Row = {
  id: string; questionId: string; classId: string | null; version: number; questionVersionId: string; timeZone: string;
  due: Date; stability: number; difficulty: number; elapsedDays: number; scheduledDays: number; learningSteps: number;
  reps: number; lapses: number; state: number; lastReview: Date | null;
  retention: number | null; overrideRetention: number | null; maximumInterval: number | null; steps: string[] | null;
  relearningSteps: string[] | null; params: number[] | null; dayStartHour: number | null; content?: unknown; titles?: Record<string, string> | null;
};


// Reveal also needs the question and the titles of the readings it quotes: in the same statement.
const CONTENT_COLUMNS = `
  (SELECT content FROM "QuestionVersion" WHERE id = q."currentVersionId") AS content,
  (SELECT json_object_agg(r.slug, r.title) FROM "Reading" r WHERE r.slug IN (
     SELECT s->>'reading' FROM "QuestionVersion" v, jsonb_array_elements(v.content->'sources') s WHERE v.id = q."currentVersionId")) AS titles,`;

const contextSql = (withContent: boolean) => `
  SELECT ${withContent ? CONTENT_COLUMNS : ""} c.id, c."questionId", c."classId", c.version, q."currentVersionId" AS "questionVersionId", u."timeZone",
         c.due, c.stability, c.difficulty, c."elapsedDays", c."scheduledDays", c."learningSteps", c.reps, c.lapses,
         c.state, c."lastReview",
         s."desiredRetention" AS retention, e."desiredRetention" AS "overrideRetention", s."maximumInterval",
         s."learningSteps" AS steps, s."relearningSteps", s.params, s."dayStartHour"
  FROM "Card" c
  JOIN "User" u ON u.id = c."studentId" AND u."sessionVersion" = $3 AND u.role = 'STUDENT'
  JOIN "Question" q ON q.id = c."questionId" AND NOT q."quizOnly"
  LEFT JOIN "SrsSettings" s ON s."classId" = c."classId"
  LEFT JOIN "Enrollment" e ON e."classId" = c."classId" AND e."studentId" = c."studentId"
  WHERE c.id = $1 AND c."studentId" = $2`;

export function settingsFromRow(r: Pick<Row, "retention" | "overrideRetention" | "maximumInterval" | "steps" | "relearningSteps" | "params">): SchedulerSettings {
  return {
    desiredRetention: r.overrideRetention ?? r.retention ?? DEFAULT_SETTINGS.desiredRetention,
    maximumInterval: r.maximumInterval ?? DEFAULT_SETTINGS.maximumInterval,
    learningSteps: r.steps ?? DEFAULT_SETTINGS.learningSteps,
    relearningSteps: r.relearningSteps ?? DEFAULT_SETTINGS.relearningSteps,
    params: r.params ?? null,
  };
}

const CONTEXT_SQL = contextSql(false);
const CONTEXT_WITH_CONTENT_SQL = contextSql(true);

/**
 * The student's card with what scheduling it needs. A card that is not the student's (or is quiz-only now) is a
 * 404; a token revoked by a sign-out or a non-student is told apart only then (a second, rare query).
 */
export async function loadCardContext(pool: pg.Pool, { cardId, studentId, sessionVersion, withContent = false }: { cardId: string; studentId: string; sessionVersion: number; withContent?: boolean }): Promise<CardContext> {
  // Named: each pooled connection parses and plans the statement once, not on every rating.
  const { rows } = await pool.query<Row>({
    name: withContent ? "srs-card-context-content" : "srs-card-context",
    text: withContent ? CONTEXT_WITH_CONTENT_SQL : CONTEXT_SQL,
    values: [cardId, studentId, sessionVersion],
  });
  const r = rows[0];
  if (!r) {
    await refuseBadSession(pool, { studentId, sessionVersion });
    throw new AppError("NOT_FOUND", "This card does not exist.");
  }
  const { id, questionId, classId, version, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = r;
  return {
    content: r.content,
    titles: r.titles ?? {},
    card: { id, questionId, classId, version, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview },
    questionVersionId: r.questionVersionId,
    settings: settingsFromRow(r),
    timeZone: r.timeZone,
    dayStartHour: r.dayStartHour ?? DEFAULT_SETTINGS.dayStartHour,
  };
}
