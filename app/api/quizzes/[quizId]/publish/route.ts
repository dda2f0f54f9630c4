import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { parseJson, route } from "@/lib/http/handler";
import { quizNotFound } from "@/lib/quiz/quiz-access";
import { publishSchema } from "@/lib/quiz/quiz-schemas";
import { setPublished } from "@/lib/quiz/update-quiz";

/** { published: true } (the default) publishes, { published: false } takes a quiz without attempts back to a draft. */
export const POST = route<{ quizId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.quizId).success) throw quizNotFound();
  const { published } = await parseJson(req, publishSchema);
  return setPublished({ quizId: params.quizId, instructorId: user.id, published, now: new Date() });
});
