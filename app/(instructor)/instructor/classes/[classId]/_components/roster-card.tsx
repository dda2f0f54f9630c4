import { ApiActionButton } from "@/components/api-action-button";
import { Card, EmptyState } from "@/components/ui/card";
import { EmailAddForm } from "./email-add-form";
import { RosterImportForm } from "./roster-import-form";

type Enrollment = { createdAt: Date; student: { id: string; name: string; email: string } };

export function RosterCard({ klass }: { klass: { id: string; name: string; archived: boolean; enrollments: Enrollment[] } }) {
  const { enrollments } = klass;
  return (
    <Card
      title={`Roster (${enrollments.length})`}
      actions={
        <a href={`/api/classes/${klass.id}/exports/roster.csv`} download className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          Download roster (CSV)
        </a>
      }
    >
      {enrollments.length === 0 ? (
        <EmptyState title="No students yet">
          {klass.archived ? "An archived class admits no one." : "Share the join code or the invite link; students appear here as soon as they join."}
        </EmptyState>
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
            {enrollments.map(({ student, createdAt }) => (
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
                    confirm={{
                      title: `Remove ${student.name} from ${klass.name}?`,
                      body: "They lose access to the class at once. They can join again with the code.",
                      confirmLabel: "Remove student",
                    }}
                  >
                    Remove
                  </ApiActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!klass.archived && (
        <div className="mt-6 grid gap-6 border-t border-slate-200 pt-4 md:grid-cols-2">
          <EmailAddForm url={`/api/classes/${klass.id}/students`} label="Add a student by email" submitLabel="Add student" hint="The student must already have a Lectern account." />
          <RosterImportForm classId={klass.id} />
        </div>
      )}
    </Card>
  );
}
