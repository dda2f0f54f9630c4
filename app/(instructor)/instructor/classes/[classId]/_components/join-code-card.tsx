import { ApiActionButton } from "@/components/api-action-button";
import { Card } from "@/components/ui/card";
import { formatJoinCode } from "@/lib/classes/join-code";
import { CopyInviteLink } from "./copy-invite-link";

/** How students get in: the code to read out, the link to send, and a way to retire a code that has leaked. */
export function JoinCodeCard({ classId, joinCode }: { classId: string; joinCode: string }) {
  return (
    <Card title="Join code">
      <div className="flex flex-wrap items-center gap-4">
        <p className="font-mono text-3xl font-bold tracking-widest" aria-label="Join code" data-testid="join-code">
          {formatJoinCode(joinCode)}
        </p>
        <CopyInviteLink joinCode={joinCode} />
        <ApiActionButton
          variant="secondary"
          request={{ method: "POST", url: `/api/classes/${classId}/join-code` }}
          confirm={{
            title: "Make a new join code?",
            body: "The current code and invite link stop working at once. Students already in the class stay.",
            confirmLabel: "Make a new code",
          }}
        >
          Rotate code
        </ApiActionButton>
      </div>
      <p className="mt-2 text-sm text-slate-600">
        Students enter this code when they sign up or on their home page, or open the invite link. Rotate the code if it reaches someone
        it should not.
      </p>
    </Card>
  );
}

/** An archived class admits no one: no code to share, only the way back. */
export function ArchivedClassCard({ classId }: { classId: string }) {
  return (
    <Card title="This class is archived">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-sm text-slate-700">Students can no longer join it, and its code and invite link admit no one. Its students still see it in their list, marked archived, but its flashcards have left their queues. Unarchive it to open it again.</p>
        <ApiActionButton request={{ method: "PATCH", url: `/api/classes/${classId}`, body: { archived: false } }}>Unarchive class</ApiActionButton>
      </div>
    </Card>
  );
}
