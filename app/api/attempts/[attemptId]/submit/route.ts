import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { idSchema, submitBodySchema } from "@/lib/quiz/schemas";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { requireSessionClaims } from "@/lib/srs/session-claims";

// Idempotent: a repeat returns the same finished attempt (alreadyFinished: true). The session token is decrypted once;
// a revoked session or a non-student is told apart only when the attempt is not found (lib/quiz/explain-missing.ts).
export const POST = route<{ attemptId: string }>(async (req, { params }) => {
  const claims = await requireSessionClaims(req);
  if (!idSchema.safeParse(params.attemptId).success) throw new AppError("NOT_FOUND", "This attempt does not exist.");
  const { by } = await parseJson(req, submitBodySchema);
  return submitAttempt({ attemptId: params.attemptId, studentId: claims.userId, sessionVersion: claims.sessionVersion, by });
});
