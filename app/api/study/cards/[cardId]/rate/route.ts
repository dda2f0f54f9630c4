import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { rateCard } from "@/lib/srs/rate-card";
import { rateSchema, uuidSchema } from "@/lib/srs/schemas";
import { requireSessionClaims } from "@/lib/srs/session-claims";

// The hot path: the session token is decrypted once, without a database read of its own (docs/decisions/009-flashcards.md).
export const POST = route<{ cardId: string }>(async (req, { params }) => {
  const claims = await requireSessionClaims(req);
  if (!uuidSchema.safeParse(params.cardId).success) throw new AppError("NOT_FOUND", "This card does not exist.");
  const input = await parseJson(req, rateSchema);
  return rateCard({ ...input, studentId: claims.userId, sessionVersion: claims.sessionVersion, cardId: params.cardId, now: new Date() });
});
