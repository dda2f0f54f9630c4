import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import { parseJson, route } from "@/lib/http/handler";
import { copyQuestion } from "@/lib/questions/copy-question";
import { isQuestionId } from "@/lib/questions/question-id";

const bodySchema = z.strictObject({ expectedVersion: z.int("expectedVersion must be the version number you were shown").min(1) });

/**
 * "Make my copy" of a shipped question, `{ expectedVersion }` being the version shown: 201 with the new copy, or 200
 * with the copy made before; 409 if the shipped question has changed since.
 */
export const POST = route<{ questionId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!isQuestionId(params.questionId)) throw new AppError("NOT_FOUND", "Question not found.");
  const { expectedVersion } = await parseJson(req, bodySchema);
  const saved = await copyQuestion({ questionId: params.questionId, actor: user, now: new Date(), expectedVersion });
  return Response.json(saved, { status: saved.created ? 201 : 200 });
});
