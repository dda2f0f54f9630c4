import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/handler";
import { revokeInvitation } from "@/lib/users/invitations";

/** Revokes a pending invitation: one's own, or anyone's for an admin. Anything else is a 404. */
export const DELETE = route<{ invitationId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.invitationId).success) throw new AppError("NOT_FOUND", "Invitation not found.");
  await revokeInvitation({ actor: user, id: params.invitationId, now: new Date() });
  return { ok: true };
});
