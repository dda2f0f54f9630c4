import { requireApiUser } from "@/lib/auth/guard";
import { parseJson, route } from "@/lib/http/handler";
import { createQuestion, createQuestionBodySchema } from "@/lib/questions/create-question";

/**
 * A new question in a bank: `{ bank, question }`, the question as bank.yaml writes it (its id may be left out). An
 * instructor's new question is their own: its id ends in "~" and their tag (decision 008).
 */
export const POST = route(async (req) => {
  const user = await requireApiUser("INSTRUCTOR");
  const { bank, question } = await parseJson(req, createQuestionBodySchema);
  const saved = await createQuestion({ bank, input: question, actor: user, now: new Date() });
  return Response.json(saved, { status: saved.created ? 201 : 200 });
});
