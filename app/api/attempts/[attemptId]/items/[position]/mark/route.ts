import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/quiz/schemas"; // attempt ids: "att_…" or cuids
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { overrideMark } from "@/lib/quiz/mark-override";
import { attemptNotFound } from "@/lib/quiz/quiz-access";
import { markSchema } from "@/lib/quiz/quiz-schemas";

export const PUT = route<{ attemptId: string; position: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.attemptId).success) throw attemptNotFound();
  if (!/^\d{1,4}$/.test(params.position)) throw new AppError("NOT_FOUND", "This attempt has no question at that position.");
  const { mark, comment } = await parseJson(req, markSchema);
  return overrideMark({ attemptId: params.attemptId, position: Number(params.position), instructorId: user.id, mark, comment, now: new Date() });
});
