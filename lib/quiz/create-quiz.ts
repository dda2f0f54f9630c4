// A new quiz of a class, as a draft (students see nothing until it is published).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { taughtBy } from "./quiz-access";
import { assertSlotsUsable, checkSlots, listQuizQuestions, readingIndex, toStoredFilter } from "./quiz-questions";
import type { CreateQuizInput, SlotInput } from "./quiz-schemas";

/** Reading slugs → ids; an unknown slug is a 400 naming it. */
export async function resolveReadings({ db, slugs }: { db: DbTx; slugs: string[] }) {
  const unique = [...new Set(slugs)];
  const rows = await db.reading.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } });
  const missing = unique.filter((slug) => !rows.some((r) => r.slug === slug));
  if (missing.length) throw new AppError("BAD_INPUT", `Unknown reading: ${missing.join(", ")}.`, { readings: `Unknown reading: ${missing.join(", ")}.` });
  return rows;
}

export function slotRows(slots: SlotInput[]) {
  return slots.map((slot, position) =>
    "questionId" in slot
      ? { position, questionId: slot.questionId, poolFilter: null, count: 1, points: slot.points }
      : { position, questionId: null, poolFilter: slot.pool, count: slot.count, points: slot.points },
  );
}

/** The rows to write: pool filters with reading ids, as QuizSlot.poolFilter is stored. */
export async function storedSlotRows({ db, slots }: { db: DbTx; slots: SlotInput[] }) {
  const { idBySlug } = await readingIndex(db);
  return slotRows(slots).map((s) => ({ ...s, poolFilter: s.poolFilter ? (toStoredFilter(s.poolFilter, idBySlug) as Prisma.InputJsonValue) : undefined }));
}

/** Refuses slots the quiz's readings cannot supply (a 400 naming the slot), before anything is written. */
export async function checkSlotsFor({ db, classId, readings, slots }: { db: DbTx; classId: string; readings: string[]; slots: SlotInput[] }) {
  if (slots.length === 0) return;
  const questions = await listQuizQuestions({ db, classId, readings });
  assertSlotsUsable(checkSlots({ slots: slotRows(slots), questions }));
}

export function settingsData(input: Partial<CreateQuizInput>) {
  const { readings: _readings, slots: _slots, opensAt, closesAt, reviewOptions, ...rest } = input;
  return {
    ...rest,
    ...(opensAt !== undefined && { opensAt: opensAt === null ? null : new Date(opensAt) }),
    ...(closesAt !== undefined && { closesAt: closesAt === null ? null : new Date(closesAt) }),
    ...(reviewOptions !== undefined && { reviewOptions }),
  };
}

export async function createQuiz({ classId, instructorId, input }: { classId: string; instructorId: string; input: CreateQuizInput }) {
  const klass = await prisma.class.findFirst({ where: { id: classId, ...taughtBy(instructorId) }, select: { id: true } });
  if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
  const readings = await resolveReadings({ db: prisma, slugs: input.readings });
  await checkSlotsFor({ db: prisma, classId, readings: input.readings, slots: input.slots });
  const quiz = await prisma.quiz.create({
    data: {
      classId,
      createdById: instructorId,
      ...settingsData(input),
      title: input.title,
      reviewOptions: input.reviewOptions,
      readings: { create: readings.map((r) => ({ readingId: r.id })) },
      slots: { create: await storedSlotRows({ db: prisma, slots: input.slots }) },
    },
    select: { id: true },
  });
  return { id: quiz.id };
}
