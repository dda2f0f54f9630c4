import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/quiz/schemas"; // attempt ids: "att_…" or cuids
import { parseJson, route } from "@/lib/http/handler";
import { setReviewed } from "@/lib/quiz/mark-override";
import { attemptNotFound } from "@/lib/quiz/quiz-access";
import { reviewedSchema } from "@/lib/quiz/quiz-schemas";

/** Marks a finished attempt as reviewed by an instructor ({ reviewed: false } clears it): regrade may skip it. */
export const POST = route<{ attemptId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.attemptId).success) throw attemptNotFound();
  const { reviewed } = await parseJson(req, reviewedSchema);
  return setReviewed({ attemptId: params.attemptId, instructorId: user.id, reviewed, now: new Date() });
});
