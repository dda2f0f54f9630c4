import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiActionButton } from "@/components/api-action-button";
import { Card, EmptyState } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { formatJoinCode } from "@/lib/classes/join-code";
import { getTeachingClass } from "@/lib/classes/queries";
import { idSchema } from "@/lib/classes/schemas";
import { CopyInviteLink } from "./_components/copy-invite-link";
import { BackLink } from "@/components/ui/back-link";
import { AssignmentsPanel } from "./_components/assignments-panel";

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
          <ApiActionButton
            variant="secondary"
            request={{ method: "PATCH", url: `/api/classes/${klass.id}`, body: { archived: !klass.archived } }}
            confirm={klass.archived ? undefined : "Archive this class? Its join code stops working; you can unarchive it later."}
          >
            {klass.archived ? "Unarchive class" : "Archive class"}
          </ApiActionButton>
        </div>
      </div>
      <Card title="Join code">
        <div className="flex flex-wrap items-center gap-4">
          <p className="font-mono text-3xl font-bold tracking-widest" aria-label="Join code" data-testid="join-code">
            {formatJoinCode(klass.joinCode)}
          </p>
          <ApiActionButton
            variant="secondary"
            request={{ method: "POST", url: `/api/classes/${klass.id}/join-code` }}
            confirm="Make a new join code? The current code will stop working."
          >
            Rotate code
          </ApiActionButton>
          {!klass.archived && <CopyInviteLink joinCode={klass.joinCode} />}
        </div>
        <p className="mt-2 text-sm text-slate-600">
          {klass.archived
            ? "This class is archived: its code admits no one until you unarchive it."
            : "Students enter this code when they sign up, or on their home page. Rotating it stops the old code from working; students already in the class stay."}
        </p>
      </Card>
      <Card title={`Roster (${klass.enrollments.length})`}>
        {klass.enrollments.length === 0 ? (
          <EmptyState title="No students yet">Share the join code above; students appear here as soon as they join.</EmptyState>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Students in {klass.name}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 font-medium">Name</th>
                <th scope="col" className="py-2 font-medium">Email</th>
                <th scope="col" className="hidden py-2 font-medium sm:table-cell">Joined</th>
                <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {klass.enrollments.map(({ student, createdAt }) => (
                <tr key={student.id}>
                  <td className="py-2 font-medium">{student.name}</td>
                  <td className="py-2 break-all text-slate-700">{student.email}</td>
                  <td className="hidden py-2 text-slate-600 sm:table-cell">{createdAt.toISOString().slice(0, 10)}</td>
                  <td className="py-2 text-right">
                    <ApiActionButton
                      variant="danger"
                      className="min-h-8 px-3 py-1"
                      aria-label={`Remove ${student.name}`}
                      request={{ method: "DELETE", url: `/api/classes/${klass.id}/students/${student.id}` }}
                      confirm={`Remove ${student.name} from this class?`}
                    >
                      Remove
                    </ApiActionButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <AssignmentsPanel classId={klass.id} instructorId={user.id} timeZone={user.timeZone} />
    </div>
  );
}
