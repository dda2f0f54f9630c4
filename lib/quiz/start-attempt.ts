// Starting an attempt (POST /api/quizzes/[quizId]/attempts): the window, the attempt allowance and the gap are
// checked, then the attempt is created with its deadline and its frozen items in ONE statement. Concurrent starts (a
// double click, two tabs) compute the same attempt number, and the unique (quizId, studentId, number) lets exactly one
// insert; the others read again and resume it. Bare `pg`, three short statements: 500 students may start within seconds.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { AppError } from "@/lib/errors";
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { srsPool } from "@/lib/srs/pool";
import { quizQuestionsSql } from "@/lib/srs/class-questions";
import { drawItems, freezeItems, type Candidate, type FrozenItem } from "./draw-items";
import { explainMissing } from "./explain-missing";
import { finishOverdueLazily } from "./finish-attempt";
import { isUniqueViolation } from "./pg-transaction";
import { describeRefusal } from "./refusals";
import { checkNewAttempt } from "./scoring";
import { loadSlots, loadStartContext, type StartContext } from "./start-context";
import { checkStart, computeDeadline, isOverdue } from "./timing";

export type StartResult = { attemptId: string; resumed: boolean };

const CANDIDATES_SQL = `
  SELECT q.id AS "questionId", v.id AS "versionId", q.type, q."readingId", v.kind, v.difficulty, v.tags
  FROM (${quizQuestionsSql("$1")}) cq JOIN "Question" q ON q.id = cq.question_id JOIN "QuestionVersion" v ON v.id = q."currentVersionId"`;

const INSERT_SQL = `
  WITH a AS (
    INSERT INTO "Attempt" (id, "quizId", "studentId", number, state, "startedAt", deadline, seed, "createdAt")
    VALUES ($1, $2, $3, $4, 'in_progress', $5::timestamp, $6::timestamp, $7, $5::timestamp) RETURNING id
  ), items AS (
    INSERT INTO "AttemptItem" (id, "attemptId", position, "questionId", "questionVersionId", "slotId", points, "optionOrder")
    SELECT gen_random_uuid()::text, a.id, i.position, i."questionId", i."versionId", i."slotId", i.points, i."optionOrder"
    FROM a, jsonb_to_recordset($8::jsonb) AS i(position int, "questionId" text, "versionId" text, "slotId" text, points float8, "optionOrder" jsonb)
  )
  INSERT INTO "AttemptEvent" (id, "attemptId", kind, at, data) SELECT gen_random_uuid()::text, a.id, 'started', $5::timestamp, $9::jsonb FROM a`;

function refuse(reason: Parameters<typeof describeRefusal>[0]): never {
  throw new AppError("CONFLICT", describeRefusal(reason));
}

async function freezeFor(pool: pg.Pool, ctx: StartContext, seed: string): Promise<FrozenItem[]> {
  const slots = await loadSlots(pool, ctx.quiz.id);
  const contents = new Map(slots.filter((s) => s.versionId).map((s) => [s.versionId!, s.content as NormalizedQuestion]));
  const pools = slots.some((s) => !s.questionId);
  const candidates = pools ? (await pool.query<Candidate>(CANDIDATES_SQL, [ctx.quiz.id])).rows : [];
  const items = drawItems({ slots, candidates, seed, shuffleQuestions: ctx.quiz.shuffleQuestions });
  const missing = items.map((i) => i.versionId).filter((id) => !contents.has(id));
  if (missing.length) {
    const { rows } = await pool.query<{ id: string; content: NormalizedQuestion }>(`SELECT id, content FROM "QuestionVersion" WHERE id = ANY($1::text[])`, [missing]);
    for (const row of rows) contents.set(row.id, row.content);
  }
  return freezeItems({ items, contents, seed, shuffleOptions: ctx.quiz.shuffleOptions });
}

type Input = { quizId: string; studentId: string; sessionVersion: number | null; now: Date };
type Outcome = StartResult | { overdue: string[] } | { raced: true };

async function tryStart(pool: pg.Pool, input: Input): Promise<Outcome> {
  const { quizId, studentId, now } = input;
  const ctx = await loadStartContext(pool, input);
  if (!ctx) return explainMissing(pool, { studentId, sessionVersion: input.sessionVersion, message: "This quiz does not exist." });
  const open = ctx.attempts.filter((a) => a.state === "in_progress");
  const overdue = open.filter((a) => isOverdue({ deadline: a.deadline, expiry: ctx.timing.expiry, now }));
  if (overdue.length > 0) return { overdue: overdue.map((a) => a.id) };
  if (open.length > 0) return { attemptId: open[0].id, resumed: true };
  const window = checkStart({ quiz: ctx.timing, override: ctx.override, now });
  if (!window.ok) refuse(window.reason);
  const verdict = checkNewAttempt({ attemptsAllowed: ctx.attemptsAllowed, attempts: ctx.attempts, minGapSeconds: ctx.quiz.minGapSeconds, now });
  if (!verdict.ok) refuse(verdict.reason);
  const seed = randomBytes(8).toString("hex");
  const items = await freezeFor(pool, ctx, seed);
  if (items.length === 0) throw new AppError("CONFLICT", "This quiz has no questions yet.");
  const deadline = computeDeadline({ quiz: ctx.timing, accommodation: ctx.accommodation, override: ctx.override, startedAt: now });
  const attemptId = `att_${randomBytes(12).toString("hex")}`;
  const number = Math.max(0, ...ctx.attempts.map((a) => a.number)) + 1;
  try {
    await pool.query(INSERT_SQL, [
      attemptId, quizId, studentId, number, now.toISOString(), deadline?.toISOString() ?? null, seed,
      JSON.stringify(items), JSON.stringify({ number, deadline: deadline?.toISOString() ?? null }),
    ]);
  } catch (e) {
    if (isUniqueViolation(e)) return { raced: true };
    throw e;
  }
  return { attemptId, resumed: false };
}

/**
 * Starts an attempt, or returns the one in progress (resumed: true). An overdue attempt still marked open is
 * finished first (lazily, with its saved answers), then the start is decided afresh.
 * `sessionVersion` null skips the session check (a caller that already read the session, or a test).
 */
export async function startAttempt(input: { quizId: string; studentId: string; sessionVersion: number | null; now?: Date; pool?: pg.Pool }): Promise<StartResult> {
  const pool = input.pool ?? srsPool();
  for (let round = 0; round < 4; round++) {
    const now = input.now ?? new Date();
    const outcome = await tryStart(pool, { ...input, now });
    if ("attemptId" in outcome) return outcome;
    if ("overdue" in outcome) await finishOverdueLazily({ attemptIds: outcome.overdue, now, pool });
  }
  throw new AppError("CONFLICT", "The quiz could not be started; try again.");
}
