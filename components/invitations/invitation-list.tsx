import { ApiActionButton } from "@/components/api-action-button";
import { EmptyState } from "@/components/ui/card";

type Invitation = { id: string; email: string; expiresAt: Date; invitedBy: { name: string } };

const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** Pending invitations with a revoke button each; `showInviter` on the admin page, where everyone's are listed. */
export function InvitationList({ invitations, showInviter = false }: { invitations: Invitation[]; showInviter?: boolean }) {
  if (invitations.length === 0) return <EmptyState title="No pending invitations" />;
  return (
    <ul className="divide-y divide-slate-200">
      {invitations.map((inv) => (
        <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div>
            <p className="font-medium">{inv.email}</p>
            <p className="text-sm text-slate-600">
              {showInviter && <>Invited by {inv.invitedBy.name} · </>}expires {day.format(inv.expiresAt)}
            </p>
          </div>
          <ApiActionButton variant="danger" request={{ method: "DELETE", url: `/api/invitations/${inv.id}` }} confirm={{ title: `Revoke the invitation for ${inv.email}?`, body: "The link in their email stops working at once.", confirmLabel: "Revoke" }} aria-label={`Revoke the invitation for ${inv.email}`}>
            Revoke
          </ApiActionButton>
        </li>
      ))}
    </ul>
  );
}
