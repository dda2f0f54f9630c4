import { requireApiUser } from "@/lib/auth/guard";
import { parseJson, route } from "@/lib/http/handler";
import { createInvitation } from "@/lib/users/invitations";
import { createInvitationSchema } from "@/lib/users/schemas";

/** An instructor or an admin invites someone to teach; the link (with its token) is in this answer and nowhere else. */
export const POST = route(async (req) => {
  const user = await requireApiUser("INSTRUCTOR");
  const { email } = await parseJson(req, createInvitationSchema);
  const { invitation, token } = await createInvitation({ inviter: user, email, now: new Date() });
  return Response.json({ invitation, path: `/signup?invite=${token}` }, { status: 201 });
});
