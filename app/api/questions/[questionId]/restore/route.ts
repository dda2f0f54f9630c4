import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { restoreQuestionVersion, restoreVersionBodySchema } from "@/lib/questions/edit-question";
import { isQuestionId } from "@/lib/questions/question-id";

/** `{ version, expectedVersion }`: writes version `version`'s content again as a new version (history only grows). */
export const POST = route<{ questionId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!isQuestionId(params.questionId)) throw new AppError("NOT_FOUND", "Question not found.");
  const { version, expectedVersion } = await parseJson(req, restoreVersionBodySchema);
  const saved = await restoreQuestionVersion({ questionId: params.questionId, version, expectedVersion, actor: user, now: new Date() });
  return Response.json(saved, { status: saved.copiedFrom && saved.created ? 201 : 200 });
});
