import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import { parseJson, route } from "@/lib/http/handler";
import { copyQuestion } from "@/lib/questions/copy-question";
import { isQuestionId } from "@/lib/questions/question-id";

/**
 * "Make my copy" of a shipped question: 201 with the new copy, or 200 with the copy made before. The body is `{}`:
 * asking for JSON keeps this write behind the same content-type check as every other.
 */
export const POST = route<{ questionId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!isQuestionId(params.questionId)) throw new AppError("NOT_FOUND", "Question not found.");
  await parseJson(req, z.strictObject({}));
  const saved = await copyQuestion({ questionId: params.questionId, actor: user, now: new Date() });
  return Response.json(saved, { status: saved.created ? 201 : 200 });
});
