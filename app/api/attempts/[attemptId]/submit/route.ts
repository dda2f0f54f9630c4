import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { idSchema, submitBodySchema } from "@/lib/quiz/schemas";
import { submitAttempt } from "@/lib/quiz/submit-attempt";

// Idempotent: a repeat returns the same finished attempt (alreadyFinished: true).
export const POST = route<{ attemptId: string }>(async (req, { params }) => {
  const user = await requireApiUser("STUDENT");
  if (!idSchema.safeParse(params.attemptId).success) throw new AppError("NOT_FOUND", "This attempt does not exist.");
  const { by } = await parseJson(req, submitBodySchema);
  return submitAttempt({ attemptId: params.attemptId, studentId: user.id, by });
});
