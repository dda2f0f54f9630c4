import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { saveAnswer, saveBodySchema } from "@/lib/quiz/save-answer";
import { idSchema, positionSchema } from "@/lib/quiz/schemas";
import { requireSessionClaims } from "@/lib/srs/session-claims";

// The hot path: the token is decrypted once, then ONE statement checks the session, the attempt and the deadline and
// stores the answer if its seq is newer (lib/quiz/save-answer.ts).
export const PUT = route<{ attemptId: string; position: string }>(async (req, { params }) => {
  const claims = await requireSessionClaims(req);
  const position = positionSchema.safeParse(params.position);
  if (!idSchema.safeParse(params.attemptId).success || !position.success) throw new AppError("NOT_FOUND", "This attempt does not exist.");
  const body = await parseJson(req, saveBodySchema);
  return saveAnswer({ attemptId: params.attemptId, studentId: claims.userId, sessionVersion: claims.sessionVersion, position: position.data, body });
});
