// Changing a quiz: settings at any time; its questions (readings and slots) only until the first attempt, because an
// attempt froze its questions and points at start and a changed quiz would grade students on different papers
// (docs/decisions/011-quiz-building.md). Publishing, unpublishing and deleting a draft.
import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { quizNotFound, quizTaughtBy } from "./quiz-access";
import { assertSlotsUsable, checkSlots, listQuizQuestions, withRules } from "./quiz-questions";
import { checkSlotsFor, resolveReadings, settingsData, storedSlotRows } from "./create-quiz";
import type { UpdateQuizInput } from "./quiz-schemas";

type Who = { quizId: string; instructorId: string };

async function findQuiz({ quizId, instructorId }: Who) {
  const quiz = await prisma.quiz.findFirst({
    where: quizTaughtBy(quizId, instructorId),
    select: {
      id: true, classId: true, publishedAt: true, opensAt: true, closesAt: true, expiryPolicy: true, graceSeconds: true,
      readings: { select: { reading: { select: { slug: true } } } },
      slots: { orderBy: { position: "asc" }, select: { questionId: true, poolFilter: true, count: true } },
      _count: { select: { attempts: true } },
    },
  });
  if (!quiz) throw quizNotFound();
  return { ...quiz, slots: await withRules(prisma, quiz.slots) };
}

/** The merged window must still make sense (a PATCH may send only one side of it). */
function checkMergedWindow(quiz: { opensAt: Date | null; closesAt: Date | null; expiryPolicy: string; graceSeconds: number }, input: UpdateQuizInput) {
  const opensAt = input.opensAt !== undefined ? input.opensAt && new Date(input.opensAt) : quiz.opensAt;
  const closesAt = input.closesAt !== undefined ? input.closesAt && new Date(input.closesAt) : quiz.closesAt;
  if (opensAt && closesAt && closesAt <= opensAt) throw new AppError("BAD_INPUT", "The quiz must close after it opens.", { closesAt: "The quiz must close after it opens." });
  const expiry = input.expiryPolicy ?? quiz.expiryPolicy;
  if (expiry === "grace" && !(input.graceSeconds ?? quiz.graceSeconds)) throw new AppError("BAD_INPUT", "A grace period needs a length in seconds.", { graceSeconds: "A grace period needs a length in seconds." });
}

export async function updateQuiz({ quizId, instructorId, input }: Who & { input: UpdateQuizInput }) {
  const quiz = await findQuiz({ quizId, instructorId });
  const changesQuestions = input.slots !== undefined || input.readings !== undefined;
  if (changesQuestions && quiz._count.attempts > 0) {
    throw new AppError("CONFLICT", `Students have made ${quiz._count.attempts} attempt(s): the questions are fixed now. Settings can still change; a corrected question can be regraded.`);
  }
  checkMergedWindow(quiz, input);
  const slugs = input.readings ?? quiz.readings.map((r) => r.reading.slug);
  const readings = input.readings ? await resolveReadings({ db: prisma, slugs }) : null;
  if (input.slots) await checkSlotsFor({ db: prisma, classId: quiz.classId, readings: slugs, slots: input.slots });
  else if (readings && quiz.slots.length) {
    assertSlotsUsable(checkSlots({ slots: quiz.slots, questions: await listQuizQuestions({ db: prisma, classId: quiz.classId, readings: slugs }) }));
  }
  const newSlots = input.slots && (await storedSlotRows({ db: prisma, slots: input.slots }));
  await prisma.$transaction(async (tx) => {
    // Re-checked under the lock: an attempt that started since the read above freezes the questions.
    await tx.$executeRaw`SELECT 1 FROM "Quiz" WHERE id = ${quizId} FOR UPDATE`;
    if (changesQuestions && (await tx.attempt.count({ where: { quizId } })) > 0) throw new AppError("CONFLICT", "A student has started this quiz: the questions are fixed now.");
    await tx.quiz.update({ where: { id: quizId }, data: settingsData(input) });
    if (readings) {
      await tx.quizReading.deleteMany({ where: { quizId } });
      await tx.quizReading.createMany({ data: readings.map((r) => ({ quizId, readingId: r.id })) });
    }
    if (newSlots) {
      await tx.quizSlot.deleteMany({ where: { quizId } });
      await tx.quizSlot.createMany({ data: newSlots.map((s) => ({ ...s, quizId })) });
    }
  });
  return { id: quizId };
}

/** Publishing checks the quiz can be taken now: questions, and every fixed question and pool still available. */
export async function setPublished({ quizId, instructorId, published, now }: Who & { published: boolean; now: Date }) {
  const quiz = await findQuiz({ quizId, instructorId });
  if (!published) {
    if (quiz._count.attempts > 0) throw new AppError("CONFLICT", "Students have attempts on this quiz: it cannot go back to a draft. Set its close time to end it.");
    const { count } = await prisma.quiz.updateMany({ where: { id: quizId, attempts: { none: {} } }, data: { publishedAt: null } });
    if (!count) throw new AppError("CONFLICT", "A student has just started this quiz: it cannot go back to a draft.");
    return { id: quizId, publishedAt: null };
  }
  if (quiz.slots.length === 0) throw new AppError("CONFLICT", "Add at least one question or pool before publishing.");
  const questions = await listQuizQuestions({ db: prisma, classId: quiz.classId, readings: quiz.readings.map((r) => r.reading.slug) });
  const problems = checkSlots({ slots: quiz.slots, questions });
  if (Object.keys(problems).length) throw new AppError("CONFLICT", `This quiz cannot be published yet: ${Object.values(problems)[0]}`, problems);
  const publishedAt = quiz.publishedAt ?? now;
  await prisma.quiz.update({ where: { id: quizId }, data: { publishedAt } });
  return { id: quizId, publishedAt };
}

/** Only a draft is deleted (a draft never has attempts: unpublishing is refused once one exists). */
export async function deleteDraftQuiz({ quizId, instructorId }: Who) {
  const quiz = await findQuiz({ quizId, instructorId });
  if (quiz.publishedAt) throw new AppError("CONFLICT", "Only a draft can be deleted: unpublish it first.");
  const { count } = await prisma.quiz.deleteMany({ where: { id: quizId, publishedAt: null, attempts: { none: {} } } });
  if (!count) throw new AppError("CONFLICT", "This quiz was published or started meanwhile: it was not deleted.");
  return { ok: true };
}
