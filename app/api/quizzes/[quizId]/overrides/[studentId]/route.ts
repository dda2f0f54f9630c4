import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { removeOverride, setOverride } from "@/lib/quiz/overrides";
import { overrideSchema } from "@/lib/quiz/quiz-schemas";

type P = { quizId: string; studentId: string };

function checkIds(params: P) {
  if (!idSchema.safeParse(params.quizId).success) throw new AppError("NOT_FOUND", "Quiz not found.");
  if (!idSchema.safeParse(params.studentId).success) throw new AppError("NOT_FOUND", "This student is not in this class.");
}

export const PUT = route<P>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  checkIds(params);
  const input = await parseJson(req, overrideSchema);
  return setOverride({ ...params, instructorId: user.id, input, now: new Date() });
});

export const DELETE = route<P>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  checkIds(params);
  return removeOverride({ ...params, instructorId: user.id, now: new Date() });
});
