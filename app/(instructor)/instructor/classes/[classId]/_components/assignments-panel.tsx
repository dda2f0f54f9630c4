import { ApiActionButton } from "@/components/api-action-button";
import { Card, EmptyState } from "@/components/ui/card";
import { getClassAssignments, getClassSrsSettings, listAssignableReadings } from "@/lib/srs/queries";
import { formatDayAndTime, zoneLabel } from "@/lib/zoned-time";
import { AssignReadingForm } from "./assign-reading-form";
import { ChangeDueForm } from "./change-due-form";
import { OptimizeButton, SrsSettingsForm } from "./srs-settings-form";

type Props = { classId: string; instructorId: string; timeZone: string };

/** The class's assigned readings (with due dates and who started), the assign form, and the flashcard settings. */
export async function AssignmentsPanel({ classId, instructorId, timeZone }: Props) {
  const now = new Date();
  const [assignments, readings, settings] = await Promise.all([
    getClassAssignments({ classId, instructorId, now }),
    listAssignableReadings({ classId, instructorId }),
    getClassSrsSettings({ classId, instructorId }),
  ]);
  const zone = zoneLabel(timeZone, now);
  return (
    <>
      <Card title="Assigned readings">
        {assignments.length === 0 ? (
          <EmptyState title="No readings assigned yet">Assign a reading below: each student gets its flashcards at once.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {assignments.map((a) => (
              <li key={a.assignmentId} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">{a.title}</p>
                  <p className="text-sm text-slate-600">
                    {a.dueAt ? `Due ${formatDayAndTime(a.dueAt, now, timeZone)}` : "No due date"} · {a.started} of {a.students} students started · {a.cards} cards
                  </p>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <ChangeDueForm classId={classId} assignmentId={a.assignmentId} title={a.title} dueAt={a.dueAt} timeZone={timeZone} zone={zone} />
                  <ApiActionButton
                    variant="danger"
                    className="min-h-8 px-3 py-1"
                    aria-label={`Unassign ${a.title}`}
                    request={{ method: "DELETE", url: `/api/classes/${classId}/assignments/${a.assignmentId}` }}
                    confirm={{ title: `Unassign “${a.title}”?`, body: "Its cards leave your students' queues; their review history stays.", confirmLabel: "Unassign" }}
                  >
                    Unassign
                  </ApiActionButton>
                </div>
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-6 mb-2 font-semibold">Assign a reading</h3>
        <AssignReadingForm classId={classId} readings={readings} timeZone={timeZone} zone={zone} />
      </Card>
      <Card title="Flashcard settings">
        <SrsSettingsForm classId={classId} settings={settings} />
        <div className="mt-6 border-t border-slate-200 pt-4">
          <OptimizeButton classId={classId} fittedAt={settings.fitted?.at ?? null} />
        </div>
      </Card>
    </>
  );
}
