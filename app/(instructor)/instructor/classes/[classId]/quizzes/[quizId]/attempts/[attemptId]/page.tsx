import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiActionButton } from "@/components/api-action-button";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { idSchema as attemptIdSchema } from "@/lib/quiz/schemas";
import { getAttemptDetail } from "@/lib/quiz/attempt-queries";
import { formatDayAndTime } from "@/lib/zoned-time";
import { MarkForm } from "./mark-form";

export const metadata: Metadata = { title: "Attempt" };

type Props = { params: Promise<{ classId: string; quizId: string; attemptId: string }> };
const n = (x: number | null) => (x === null ? "—" : String(Number(x.toFixed(2))));
/** An event's details as "key: value" pairs (the client reports connection events; the server the rest). */
const details = (data: unknown) =>
  data && typeof data === "object" && !Array.isArray(data)
    ? Object.entries(data).map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join(", ")
    : "";

export default async function AttemptPage({ params }: Props) {
  const { classId, quizId, attemptId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (![classId, quizId].every((id) => idSchema.safeParse(id).success) || !attemptIdSchema.safeParse(attemptId).success) notFound();
  const attempt = await getAttemptDetail({ attemptId, instructorId: user.id });
  if (!attempt || attempt.quiz.id !== quizId || attempt.quiz.classId !== classId) notFound();
  const now = new Date();
  const at = (d: Date | null) => (d ? formatDayAndTime(d.toISOString(), now, user.timeZone) : "—");
  const finished = attempt.state === "finished";
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/instructor/classes/${classId}/quizzes/${quizId}/attempts`}>Attempts</BackLink>
        <h1 className="mt-2 text-2xl font-bold">{attempt.student.name} — attempt {attempt.number} of “{attempt.quiz.title}”</h1>
        <p className="text-sm text-slate-700">
          Started {at(attempt.startedAt)} · deadline {at(attempt.deadline)} · {finished ? `finished ${at(attempt.finishedAt)} by ${attempt.finishedBy}` : "in progress"} · score {n(attempt.score)}{attempt.maxScore !== null ? ` of ${attempt.maxScore}` : ""}
          {attempt.reviewedAt && ` · reviewed ${at(attempt.reviewedAt)}`}
        </p>
        {finished && (
          <div className="mt-2">
            <ApiActionButton variant="secondary" request={{ method: "POST", url: `/api/attempts/${attemptId}/reviewed`, body: { reviewed: !attempt.reviewedAt } }}>
              {attempt.reviewedAt ? "Mark as not reviewed" : "Mark as reviewed"}
            </ApiActionButton>
          </div>
        )}
      </div>
      <Card title="Questions">
        <ol className="space-y-5">
          {attempt.items.map((item) => (
            <li key={item.position} className="space-y-1 border-b border-slate-100 pb-4">
              <p className="font-medium">{item.position}. {item.prompt} <span className="text-xs text-slate-600">({item.questionId}, version {item.shownVersion}{item.gradedVersion !== item.shownVersion ? `, marked against version ${item.gradedVersion}` : ""}{item.flagged ? ", flagged" : ""})</span></p>
              <p className="text-sm">Answer given: <span className="font-medium">{item.response}</span></p>
              <p className="text-sm">Right answer: {item.answer}</p>
              <p className="text-sm">Mark: {n(item.earned)} of {item.points}{item.overrideMark !== null ? ` (set by an instructor: “${item.overrideComment}”; automatic ${n(item.fraction === null ? null : item.fraction * item.points)})` : ""}</p>
              {item.history.length > 0 && (
                <details className="text-sm"><summary>History of this mark</summary>
                  <ul className="ml-4 list-disc">{item.history.map((h, i) => <li key={i}>{at(h.at)}: {h.by} changed {h.data.before ?? "automatic"} → {h.data.after ?? "automatic"} (“{h.data.comment}”)</li>)}</ul>
                </details>
              )}
              {finished && <MarkForm attemptId={attemptId} position={item.position} points={item.points} current={item.overrideMark} />}
            </li>
          ))}
        </ol>
      </Card>
      <Card title="Timeline">
        <ol className="space-y-1 text-sm">
          {attempt.events.map((e, i) => (
            <li key={i}><span className="font-medium">{at(e.at)}</span> — {e.kind.replace(/_/g, " ")}{details(e.data) && ` (${details(e.data)})`}</li>
          ))}
          {attempt.events.length === 0 && <li className="text-slate-600">No events recorded.</li>}
        </ol>
      </Card>
    </div>
  );
}
