import { z } from "zod";
import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { isQuestionId } from "@/lib/questions/question-id";
import { setRetired } from "@/lib/questions/question-flags";

const bodySchema = z.strictObject({ retired: z.boolean("retired must be true or false") });

/** `{ retired: true }` retires a question one owns (out of every class, history kept); `false` restores it. */
export const PUT = route<{ questionId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!isQuestionId(params.questionId)) throw new AppError("NOT_FOUND", "Question not found.");
  const { retired } = await parseJson(req, bodySchema);
  return setRetired({ questionId: params.questionId, retired, actor: user, now: new Date() });
});
