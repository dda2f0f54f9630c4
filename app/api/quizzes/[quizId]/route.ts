import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { parseJson, route } from "@/lib/http/handler";
import { quizNotFound } from "@/lib/quiz/quiz-access";
import { getQuizForEdit } from "@/lib/quiz/quiz-queries";
import { updateQuizSchema } from "@/lib/quiz/quiz-schemas";
import { deleteDraftQuiz, updateQuiz } from "@/lib/quiz/update-quiz";

type P = { quizId: string };

export const GET = route<P>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.quizId).success) throw quizNotFound();
  const quiz = await getQuizForEdit({ quizId: params.quizId, instructorId: user.id, now: new Date() });
  if (!quiz) throw quizNotFound();
  return { quiz };
});

export const PATCH = route<P>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.quizId).success) throw quizNotFound();
  const input = await parseJson(req, updateQuizSchema);
  return updateQuiz({ quizId: params.quizId, instructorId: user.id, input });
});

export const DELETE = route<P>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.quizId).success) throw quizNotFound();
  return deleteDraftQuiz({ quizId: params.quizId, instructorId: user.id });
});
