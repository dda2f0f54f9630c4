import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { saveQuestionBodySchema, saveQuestionVersion } from "@/lib/questions/edit-question";
import { getQuestionEditor } from "@/lib/questions/editor-queries";
import { isQuestionId } from "@/lib/questions/question-id";

type Params = { questionId: string };

/** The current version, in the shape PUT takes back, with its number to send as `expectedVersion`. */
export const GET = route<Params>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  const editor = isQuestionId(params.questionId) ? await getQuestionEditor({ questionId: params.questionId, actor: user }) : null;
  if (!editor) throw new AppError("NOT_FOUND", "Question not found.");
  const { readings: _texts, ...rest } = editor; // the reading texts are the edit page's business, not this API's
  // It holds the answer key: never kept by a browser or a shared cache.
  return Response.json(rest, { headers: { "cache-control": "no-store" } });
});

/**
 * Saves `{ expectedVersion, question }` as a new version (or nothing, if the content is unchanged). On a shipped
 * question an instructor's save makes their own copy instead (201, `copiedFrom` set); the shipped one is untouched.
 */
export const PUT = route<Params>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!isQuestionId(params.questionId)) throw new AppError("NOT_FOUND", "Question not found.");
  const { expectedVersion, question } = await parseJson(req, saveQuestionBodySchema);
  const saved = await saveQuestionVersion({ questionId: params.questionId, input: question, expectedVersion, actor: user, now: new Date() });
  return Response.json(saved, { status: saved.copiedFrom && saved.created ? 201 : 200 });
});
