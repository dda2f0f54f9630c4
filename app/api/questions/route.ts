import { requireApiUser } from "@/lib/auth/guard";
import { parseJson, route } from "@/lib/http/handler";
import { createQuestion, createQuestionBodySchema } from "@/lib/questions/edit-question";

/** A new question in a bank: `{ bank, question }`, the question as bank.yaml writes it (its id may be left out). */
export const POST = route(async (req) => {
  const user = await requireApiUser("INSTRUCTOR");
  const { bank, question } = await parseJson(req, createQuestionBodySchema);
  const saved = await createQuestion({ bank, input: question, authorId: user.id, now: new Date() });
  return Response.json(saved, { status: saved.created ? 201 : 200 });
});
