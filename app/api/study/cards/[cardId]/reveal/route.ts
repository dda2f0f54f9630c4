import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { revealCard } from "@/lib/srs/reveal-card";
import { revealSchema, uuidSchema } from "@/lib/srs/schemas";
import { requireSessionClaims } from "@/lib/srs/session-claims";

export const POST = route<{ cardId: string }>(async (req, { params }) => {
  const claims = await requireSessionClaims(req);
  if (!uuidSchema.safeParse(params.cardId).success) throw new AppError("NOT_FOUND", "This card does not exist.");
  const { response } = await parseJson(req, revealSchema);
  return revealCard({ studentId: claims.userId, sessionVersion: claims.sessionVersion, cardId: params.cardId, response, now: new Date() });
});
