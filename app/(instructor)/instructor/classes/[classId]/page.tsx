import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ApiActionButton } from "@/components/api-action-button";
import { BackLink } from "@/components/ui/back-link";
import { SkeletonBlock } from "@/components/ui/skeleton";
import { requireRole } from "@/lib/auth/guard";
import { getTeachingClass } from "@/lib/classes/queries";
import { idSchema } from "@/lib/classes/schemas";
import { AssignmentsPanel } from "./_components/assignments-panel";
import { InstructorsCard } from "./_components/instructors-card";
import { ArchivedClassCard, JoinCodeCard } from "./_components/join-code-card";
import { ActivityCharts } from "./_components/progress/activity-charts";
import { ProgressSection } from "./_components/progress/progress-section";
import { RenameClassForm } from "./_components/rename-class-form";
import { RosterCard } from "./_components/roster-card";

export const metadata: Metadata = { title: "Class" };

function Loading({ what }: { what: string }) {
  return (
    <div className="space-y-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <p role="status" className="sr-only">Loading {what}…</p>
      <SkeletonBlock className="h-6 w-40" />
      <SkeletonBlock className="h-24 w-full" />
    </div>
  );
}

/**
 * The class dashboard: a column of independent panels, each loading its own data (the slow ones stream in their own
 * Suspense boundary). A new panel is one more element in the list.
 */
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
          <div className="flex flex-wrap items-start gap-2">
            <RenameClassForm classId={klass.id} name={klass.name} />
            {!klass.archived && (
              <ApiActionButton
                variant="secondary"
                className="min-h-8 px-3 py-1"
                request={{ method: "PATCH", url: `/api/classes/${klass.id}`, body: { archived: true } }}
                confirm={{
                  title: `Archive ${klass.name}?`,
                  body: "Its join code and invite link stop working and its flashcards leave the students' queues. The roster and all history stay, and you can unarchive the class later.",
                  confirmLabel: "Archive class",
                }}
              >
                Archive class
              </ApiActionButton>
            )}
          </div>
        </div>
      </div>
      {klass.archived ? <ArchivedClassCard classId={klass.id} /> : <JoinCodeCard classId={klass.id} joinCode={klass.joinCode} />}
      <Suspense fallback={<Loading what="the class's progress" />}>
        <ProgressSection classId={klass.id} instructorId={user.id} />
      </Suspense>
      <Suspense fallback={<Loading what="the class's activity" />}>
        <ActivityCharts classId={klass.id} instructorId={user.id} timeZone={user.timeZone} />
      </Suspense>
      <AssignmentsPanel classId={klass.id} instructorId={user.id} timeZone={user.timeZone} />
      <RosterCard klass={klass} />
      <InstructorsCard classId={klass.id} className={klass.name} instructorId={user.id} />
    </div>
  );
}
