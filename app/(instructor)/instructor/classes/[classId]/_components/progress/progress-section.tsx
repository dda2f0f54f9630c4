import { Card } from "@/components/ui/card";
import { getClassProgress } from "@/lib/analytics/class-progress";
import { AtRiskList } from "./at-risk-list";
import { AtRiskSettingsForm } from "./at-risk-settings-form";
import { ReadingProgressTable } from "./reading-progress-table";
import { StudentTable } from "./student-table";

/** The class's progress: who is at risk and why, each reading, each student (one query: lib/analytics/class-progress.ts). */
export async function ProgressSection({ classId, instructorId }: { classId: string; instructorId: string }) {
  const progress = await getClassProgress({ classId, instructorId, now: new Date() });
  const atRisk = progress.students.filter((s) => s.reasons.length > 0).length;
  return (
    <>
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <Card title={`At risk (${atRisk} of ${progress.students.length})`}>
          <AtRiskList classId={classId} students={progress.students} />
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">At-risk rules</summary>
            <div className="mt-3">
              <AtRiskSettingsForm classId={classId} settings={progress.atRiskSettings} />
            </div>
          </details>
        </Card>
        <Card title="Readings">
          <ReadingProgressTable readings={progress.readings} />
        </Card>
      </div>
      <Card
        title="Students"
        actions={
          <a href={`/api/classes/${classId}/exports/students.csv`} download className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            Download as CSV
          </a>
        }
      >
        {progress.students.length === 0 ? <p className="text-sm text-slate-600">No students yet.</p> : <StudentTable progress={progress} />}
      </Card>
    </>
  );
}
