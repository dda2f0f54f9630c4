import type { Metadata } from "next";
import { InvitationList } from "@/components/invitations/invitation-list";
import { InviteForm } from "@/components/invitations/invite-form";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { listPendingInvitations } from "@/lib/users/invitations";

export const metadata: Metadata = { title: "Invite a colleague" };

export default async function InstructorInvitationsPage() {
  const user = await requireRole("INSTRUCTOR");
  const invitations = await listPendingInvitations({ actor: { id: user.id, role: "INSTRUCTOR" }, now: new Date() });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Invite a colleague</h1>
      <Card title="Invite someone to teach">
        <p className="mb-3 text-sm text-slate-700">
          Instructors join only by invitation. Invite people you can vouch for: an instructor can read every answer key.
        </p>
        <InviteForm />
      </Card>
      <Card title="Your pending invitations">
        <InvitationList invitations={invitations} />
      </Card>
    </div>
  );
}
