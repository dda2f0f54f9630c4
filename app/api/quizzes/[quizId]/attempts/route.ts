import { AppError } from "@/lib/errors";
import { z } from "zod";
import { parseJson, route } from "@/lib/http/handler";
import { idSchema } from "@/lib/quiz/schemas";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { requireSessionClaims } from "@/lib/srs/session-claims";

// Start (or resume) an attempt. Bodyless ({}); the session is checked in the statement that reads the quiz.
export const POST = route<{ quizId: string }>(async (req, { params }) => {
  const claims = await requireSessionClaims(req);
  if (!idSchema.safeParse(params.quizId).success) throw new AppError("NOT_FOUND", "This quiz does not exist.");
  await parseJson(req, z.strictObject({}));
  return startAttempt({ quizId: params.quizId, studentId: claims.userId, sessionVersion: claims.sessionVersion });
});
