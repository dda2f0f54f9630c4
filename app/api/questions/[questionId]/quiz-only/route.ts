import { z } from "zod";
import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { isQuestionId } from "@/lib/questions/question-id";
import { setQuizOnly } from "@/lib/questions/question-flags";

const bodySchema = z.strictObject({ quizOnly: z.boolean("quizOnly must be true or false") });

/** `{ quizOnly }`. On a shipped question an instructor's choice lands on their copy (made if needed): `id` names it. */
export const PUT = route<{ questionId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!isQuestionId(params.questionId)) throw new AppError("NOT_FOUND", "Question not found.");
  const { quizOnly } = await parseJson(req, bodySchema);
  return setQuizOnly({ questionId: params.questionId, quizOnly, actor: user, now: new Date() });
});
