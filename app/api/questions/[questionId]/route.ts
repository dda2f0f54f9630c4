import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { saveQuestionBodySchema, saveQuestionVersion } from "@/lib/questions/edit-question";
import { getQuestionEditor } from "@/lib/questions/editor-queries";

type Params = { questionId: string };
const ID = /^[a-z]+-\d{3,}$/;

/** The current version, in the shape PUT takes back, with its number to send as `expectedVersion`. */
export const GET = route<Params>(async (_req, { params }) => {
  await requireApiUser("INSTRUCTOR");
  const editor = ID.test(params.questionId) ? await getQuestionEditor({ questionId: params.questionId }) : null;
  if (!editor) throw new AppError("NOT_FOUND", "Question not found.");
  const { readings: _texts, ...rest } = editor; // the reading texts are the edit page's business, not this API's
  return rest;
});

/** Saves `{ expectedVersion, question }` as a new version (or nothing, if the content is unchanged). */
export const PUT = route<Params>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!ID.test(params.questionId)) throw new AppError("NOT_FOUND", "Question not found.");
  const { expectedVersion, question } = await parseJson(req, saveQuestionBodySchema);
  return saveQuestionVersion({ questionId: params.questionId, input: question, expectedVersion, authorId: user.id, now: new Date() });
});
