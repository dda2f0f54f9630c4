import { ApiActionButton } from "@/components/api-action-button";
import { Card } from "@/components/ui/card";
import { listClassInstructors } from "@/lib/classes/co-instructors";
import { EmailAddForm } from "./email-add-form";

/** Who teaches the class: the owner and co-instructors, who have the same rights except removing the owner. */
export async function InstructorsCard({ classId, className, instructorId }: { classId: string; className: string; instructorId: string }) {
  const instructors = await listClassInstructors({ classId, instructorId });
  return (
    <Card title="Instructors">
      <ul className="divide-y divide-slate-100">
        {instructors.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{i.name}</span> <span className="text-sm break-all text-slate-600">{i.email}</span>
              {i.isOwner && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-700">Owner</span>}
            </span>
            {!i.isOwner && (
              <ApiActionButton
                variant="danger"
                className="min-h-8 px-3 py-1"
                aria-label={`Remove ${i.name} as instructor`}
                request={{ method: "DELETE", url: `/api/classes/${classId}/instructors/${i.id}` }}
                confirm={{ title: `Remove ${i.name} from ${className}?`, body: i.id === instructorId ? "You will no longer see this class." : "They will no longer see this class.", confirmLabel: "Remove instructor" }}
              >
                {i.id === instructorId ? "Leave class" : "Remove"}
              </ApiActionButton>
            )}
          </li>
        ))}
      </ul>
      <div className="mt-4 border-t border-slate-200 pt-4">
        <EmailAddForm url={`/api/classes/${classId}/instructors`} label="Add a co-instructor by email" submitLabel="Add instructor" hint="They need an instructor account. A co-instructor can do everything you can, except remove the owner." />
      </div>
    </Card>
  );
}
