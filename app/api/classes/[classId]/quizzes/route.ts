import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { createQuiz } from "@/lib/quiz/create-quiz";
import { listClassQuizzes } from "@/lib/quiz/quiz-queries";
import { createQuizSchema } from "@/lib/quiz/quiz-schemas";

const classNotFound = () => new AppError("NOT_FOUND", "Class not found.");

export const GET = route<{ classId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw classNotFound();
  const quizzes = await listClassQuizzes({ classId: params.classId, instructorId: user.id, now: new Date() });
  if (!quizzes) throw classNotFound();
  return { quizzes };
});

export const POST = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw classNotFound();
  const input = await parseJson(req, createQuizSchema);
  const quiz = await createQuiz({ classId: params.classId, instructorId: user.id, input });
  return Response.json({ quiz }, { status: 201 });
});
