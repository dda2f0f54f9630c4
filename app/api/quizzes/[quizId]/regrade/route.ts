import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { parseJson, route } from "@/lib/http/handler";
import { quizNotFound } from "@/lib/quiz/quiz-access";
import { regradeSchema } from "@/lib/quiz/quiz-schemas";
import { regradeQuestion } from "@/lib/quiz/regrade";

export const POST = route<{ quizId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.quizId).success) throw quizNotFound();
  const { questionId, scope } = await parseJson(req, regradeSchema);
  return regradeQuestion({ quizId: params.quizId, instructorId: user.id, questionId, scope, now: new Date() });
});
