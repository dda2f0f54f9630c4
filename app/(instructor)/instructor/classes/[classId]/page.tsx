import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiActionButton } from "@/components/api-action-button";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/guard";
import { getTeachingClass } from "@/lib/classes/queries";
import { idSchema } from "@/lib/classes/schemas";
import { ArchivedClassCard, JoinCodeCard } from "./_components/join-code-card";
import { RosterCard } from "./_components/roster-card";
import { AssignmentsPanel } from "./_components/assignments-panel";
import { QuizzesPanel } from "./_components/quizzes-panel";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (!idSchema.safeParse(classId).success) notFound();
  const klass = await getTeachingClass({ classId, instructorId: user.id });
  if (!klass) notFound();
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/instructor">Your classes</BackLink>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">
            {klass.name}
            {klass.archived && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 align-middle text-sm font-medium text-slate-700">Archived</span>}
          </h1>
          {!klass.archived && (
            <ApiActionButton
              variant="secondary"
              request={{ method: "PATCH", url: `/api/classes/${klass.id}`, body: { archived: true } }}
              confirm={{
                title: `Archive ${klass.name}?`,
                body: "Its join code and invite link stop working. The roster stays, and you can unarchive the class later.",
                confirmLabel: "Archive class",
              }}
            >
              Archive class
            </ApiActionButton>
          )}
        </div>
      </div>
      {klass.archived ? <ArchivedClassCard classId={klass.id} /> : <JoinCodeCard classId={klass.id} joinCode={klass.joinCode} />}
      <RosterCard klass={klass} />
      <AssignmentsPanel classId={klass.id} instructorId={user.id} timeZone={user.timeZone} />
      <QuizzesPanel classId={klass.id} instructorId={user.id} timeZone={user.timeZone} />
    </div>
  );
}
