import type { Metadata } from "next";
import { InvitationList } from "@/components/invitations/invitation-list";
import { InviteForm } from "@/components/invitations/invite-form";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { listInstructors, listPendingInvitations } from "@/lib/users/invitations";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const user = await requireRole("ADMIN");
  const [instructors, invitations] = await Promise.all([listInstructors(), listPendingInvitations({ actor: user, now: new Date() })]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Administration</h1>
      <Card title="Invite an instructor">
        <p className="mb-3 text-sm text-slate-700">Only people you invite can teach here. Everyone else who signs up is a student.</p>
        <InviteForm />
      </Card>
      <Card title="Pending invitations">
        <InvitationList invitations={invitations} showInviter />
      </Card>
      <Card title="Instructors">
        <ul className="divide-y divide-slate-200">
          {instructors.map((i) => (
            <li key={i.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <span>
                <span className="font-medium">{i.name}</span> <span className="text-sm text-slate-600">{i.email}</span>
              </span>
              <span className="text-sm text-slate-600">
                {i.role === "ADMIN" ? "Administrator" : `Invited by ${i.acceptedInvitation?.invitedBy.name ?? "an administrator"}`}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
