// The questions a quiz may use (decision 008's rule for its class, quiz-only included, over the quiz's readings),
// with what pools filter on, and the check of a quiz's slots against them. Shared by building, preview and — via
// loadPoolSupply — the draw at the start of an attempt.
// Not marked server-only: the seed (a plain Node script) builds the demo quizzes with it. It returns no answers.
import { AppError } from "@/lib/errors";
import type { DbTx } from "@/lib/db";
import { readingsQuizQuestionsSql } from "@/lib/srs/class-questions";
import { checkPoolSupply, describeShortage, matchesPool, withinReadings, type PoolCandidate, type PoolRule } from "./pools";

export type QuizQuestion = PoolCandidate & { prompt: string; quizOnly: boolean; versionId: string };

/** The class's questions over `readings` (slugs). */
export async function listQuizQuestions({ db, classId, readings }: { db: DbTx; classId: string; readings: string[] }): Promise<QuizQuestion[]> {
  const rows = await db.$queryRawUnsafe<QuizQuestion[]>(
    `SELECT q.id, q.type, v.kind, v.difficulty, v.tags, v.prompt, q."quizOnly", v.id AS "versionId", own.slug AS reading,
            ARRAY(SELECT DISTINCT s->>'reading' FROM jsonb_array_elements(v.content->'sources') s ORDER BY 1) AS readings
     FROM (${readingsQuizQuestionsSql("$1", "$2")}) cq
     JOIN "Question" q ON q.id = cq.question_id JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
     LEFT JOIN "Reading" own ON own.id = q."readingId"
     ORDER BY q.id`,
    classId,
    readings,
  );
  return withinReadings(rows, readings) as QuizQuestion[];
}

type SlotRow = { questionId: string | null; poolFilter: unknown; count: number };

/**
 * QuizSlot.poolFilter is stored as the schema says — { readingIds, kinds, types, difficulties, tags } — with reading
 * ids, which the draw at start reads; the API and the editor speak reading slugs. These translate.
 */
export async function readingIndex(db: DbTx) {
  const rows = await db.reading.findMany({ select: { id: true, slug: true } });
  return { idBySlug: new Map(rows.map((r) => [r.slug, r.id])), slugById: new Map(rows.map((r) => [r.id, r.slug])) };
}

export function toStoredFilter(rule: PoolRule, idBySlug: Map<string, string>) {
  const { readings, ...rest } = rule;
  const unknown = readings?.find((slug) => !idBySlug.has(slug));
  if (unknown) throw new AppError("BAD_INPUT", `Unknown reading in a pool: ${unknown}.`);
  return { ...rest, ...(readings?.length ? { readingIds: readings.map((slug) => idBySlug.get(slug)!) } : {}) };
}

export function toRule(stored: unknown, slugById: Map<string, string>): PoolRule {
  const { readingIds, ...rest } = (stored ?? {}) as PoolRule & { readingIds?: string[] };
  return { ...rest, ...(readingIds?.length ? { readings: readingIds.map((id) => slugById.get(id) ?? id) } : {}) };
}

/** Stored slots with their pool filters as rules (reading slugs). */
export async function withRules<S extends { poolFilter: unknown }>(db: DbTx, slots: S[]): Promise<(S & { poolFilter: PoolRule | null })[]> {
  const { slugById } = await readingIndex(db);
  return slots.map((s) => ({ ...s, poolFilter: s.poolFilter ? toRule(s.poolFilter, slugById) : null }));
}

/** Why a quiz's slots cannot be used as they are (field path → message), or {} when they can. */
export function checkSlots({ slots, questions }: { slots: SlotRow[]; questions: PoolCandidate[] }): Record<string, string> {
  const problems: Record<string, string> = {};
  const known = new Set(questions.map((q) => q.id));
  const fixed: string[] = [];
  slots.forEach((slot, i) => {
    if (!slot.questionId) return;
    if (!known.has(slot.questionId)) problems[`slots.${i}.questionId`] = `${slot.questionId} is not a question of this quiz's readings in your class's bank.`;
    else if (fixed.includes(slot.questionId)) problems[`slots.${i}.questionId`] = `${slot.questionId} is in the quiz twice.`;
    fixed.push(slot.questionId);
  });
  const poolIndex = slots.flatMap((slot, i) => (slot.questionId ? [] : [i]));
  const pools = poolIndex.map((i) => ({ count: slots[i].count, matches: questions.filter((q) => matchesPool(q, slots[i].poolFilter as PoolRule)).map((q) => q.id) }));
  for (const shortage of checkPoolSupply({ pools, fixed })) problems[`slots.${poolIndex[shortage.pool]}.count`] = describeShortage(shortage);
  return problems;
}

export function assertSlotsUsable(problems: Record<string, string>) {
  const first = Object.values(problems)[0];
  if (first) throw new AppError("BAD_INPUT", first, problems);
}

/**
 * For the start of an attempt: the quiz's fixed questions and, per pool slot (in slot order), the questions it may
 * draw from now. Feed it to drawPools({ pools, fixed, seed }).
 */
export async function loadPoolSupply({ db, quizId }: { db: DbTx; quizId: string }) {
  const quiz = await db.quiz.findUniqueOrThrow({
    where: { id: quizId },
    select: { classId: true, readings: { select: { reading: { select: { slug: true } } } }, slots: { orderBy: { position: "asc" }, select: { id: true, questionId: true, poolFilter: true, count: true, points: true } } },
  });
  const questions = await listQuizQuestions({ db, classId: quiz.classId, readings: quiz.readings.map((r) => r.reading.slug) });
  const pools = (await withRules(db, quiz.slots)).filter((s) => !s.questionId);
  return {
    fixed: quiz.slots.flatMap((s) => (s.questionId ? [s.questionId] : [])),
    pools: pools.map((s) => ({ slotId: s.id, count: s.count, points: s.points, matches: questions.filter((q) => matchesPool(q, s.poolFilter as PoolRule)).map((q) => q.id) })),
  };
}
