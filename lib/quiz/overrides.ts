// Per-quiz overrides for one student: their own window and/or number of attempts (null: the quiz's). Like an
// accommodation, a change applies to an attempt already open (its deadline follows the new close time).
import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyAccommodationToOpenAttempts } from "./apply-accommodation";
import { quizNotFound, quizTaughtBy } from "./quiz-access";
import type { OverrideInput } from "./quiz-schemas";

type Who = { quizId: string; studentId: string; instructorId: string };

async function findQuizAndStudent({ quizId, studentId, instructorId }: Who) {
  const quiz = await prisma.quiz.findFirst({
    where: quizTaughtBy(quizId, instructorId),
    select: { classId: true, opensAt: true, class: { select: { enrollments: { where: { studentId }, select: { id: true } } } } },
  });
  if (!quiz) throw quizNotFound();
  if (quiz.class.enrollments.length === 0) throw new AppError("NOT_FOUND", "This student is not in this class.");
  return quiz;
}

export async function setOverride({ quizId, studentId, instructorId, input, now }: Who & { input: OverrideInput; now: Date }) {
  const quiz = await findQuizAndStudent({ quizId, studentId, instructorId });
  const opensAt = input.opensAt ? new Date(input.opensAt) : null;
  const closesAt = input.closesAt ? new Date(input.closesAt) : null;
  if (closesAt && !opensAt && quiz.opensAt && closesAt <= quiz.opensAt) throw new AppError("BAD_INPUT", "The student's close time is before the quiz opens.", { closesAt: "The student's close time is before the quiz opens." });
  const data = { opensAt, closesAt, attemptsAllowed: input.attemptsAllowed };
  return prisma.$transaction(async (tx) => {
    await tx.quizOverride.upsert({ where: { quizId_studentId: { quizId, studentId } }, create: { quizId, studentId, ...data }, update: data });
    const moved = await applyAccommodationToOpenAttempts({ tx, classId: quiz.classId, studentId, now });
    await tx.auditLog.create({ data: { actorId: instructorId, action: "quiz_override.set", targetType: "QuizOverride", targetId: `${quizId}:${studentId}`, data: { ...input } } });
    return { override: input, movedAttempts: moved.length };
  });
}

export async function removeOverride({ quizId, studentId, instructorId, now }: Who & { now: Date }) {
  const quiz = await findQuizAndStudent({ quizId, studentId, instructorId });
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.quizOverride.deleteMany({ where: { quizId, studentId } });
    const moved = count ? await applyAccommodationToOpenAttempts({ tx, classId: quiz.classId, studentId, now }) : [];
    if (count) await tx.auditLog.create({ data: { actorId: instructorId, action: "quiz_override.remove", targetType: "QuizOverride", targetId: `${quizId}:${studentId}` } });
    return { removed: count > 0, movedAttempts: moved.length };
  });
}

/** The class's students with their override of this quiz, if any (for the quiz page). */
export async function listQuizOverrides({ quizId, instructorId }: { quizId: string; instructorId: string }) {
  const quiz = await prisma.quiz.findFirst({ where: quizTaughtBy(quizId, instructorId), select: { classId: true, overrides: { select: { studentId: true, opensAt: true, closesAt: true, attemptsAllowed: true } } } });
  if (!quiz) return null;
  const enrolled = await prisma.enrollment.findMany({ where: { classId: quiz.classId }, select: { student: { select: { id: true, name: true } } }, orderBy: { student: { name: "asc" } } });
  return enrolled.map(({ student }) => {
    const o = quiz.overrides.find((x) => x.studentId === student.id);
    return { ...student, override: o ? { opensAt: o.opensAt?.toISOString() ?? null, closesAt: o.closesAt?.toISOString() ?? null, attemptsAllowed: o.attemptsAllowed } : null };
  });
}
export type QuizOverrideRow = NonNullable<Awaited<ReturnType<typeof listQuizOverrides>>>[number];
