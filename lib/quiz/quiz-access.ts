// Who may build and mark a quiz: the instructors of its class (owner and co-instructors alike, ClassInstructor rows).
// Always part of the query's where: another instructor's quiz or attempt is the 404 of a missing one.
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";

export function taughtBy(instructorId: string): Prisma.ClassWhereInput {
  return { instructors: { some: { userId: instructorId } } };
}

export function quizTaughtBy(quizId: string, instructorId: string): Prisma.QuizWhereInput {
  return { id: quizId, class: taughtBy(instructorId) };
}

export function attemptTaughtBy(attemptId: string, instructorId: string): Prisma.AttemptWhereInput {
  return { id: attemptId, quiz: { class: taughtBy(instructorId) } };
}

export const quizNotFound = () => new AppError("NOT_FOUND", "Quiz not found.");
export const attemptNotFound = () => new AppError("NOT_FOUND", "Attempt not found.");
