import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { parseJson, route } from "@/lib/http/handler";
import { checkPreviewAnswers } from "@/lib/quiz/preview";
import { quizNotFound } from "@/lib/quiz/quiz-access";
import { previewCheckSchema } from "@/lib/quiz/quiz-schemas";

/** Marks the instructor's preview answers on the server; records nothing. */
export const POST = route<{ quizId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.quizId).success) throw quizNotFound();
  const { answers } = await parseJson(req, previewCheckSchema);
  return checkPreviewAnswers({ quizId: params.quizId, instructorId: user.id, answers });
});
