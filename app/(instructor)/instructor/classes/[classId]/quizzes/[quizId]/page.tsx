import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiActionButton } from "@/components/api-action-button";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { listQuizOverrides } from "@/lib/quiz/overrides";
import { getQuizBuilderData, getQuizForEdit } from "@/lib/quiz/quiz-queries";
import { formatDayAndTime, zoneLabel } from "@/lib/zoned-time";
import { OverrideForm } from "./_components/override-form";
import { SettingsForm } from "./_components/settings-form";
import { SlotsEditor } from "./_components/slots-editor";
import type { EditorSlot } from "./_components/slot-types";

export const metadata: Metadata = { title: "Quiz" };

type Props = { params: Promise<{ classId: string; quizId: string }> };

export default async function QuizPage({ params }: Props) {
  const { classId, quizId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (!idSchema.safeParse(classId).success || !idSchema.safeParse(quizId).success) notFound();
  const now = new Date();
  const quiz = await getQuizForEdit({ quizId, instructorId: user.id, now });
  if (!quiz || quiz.classId !== classId) notFound();
  const [builder, overrides] = await Promise.all([getQuizBuilderData({ classId, instructorId: user.id }), listQuizOverrides({ quizId, instructorId: user.id })]);
  if (!builder || !overrides) notFound();
  const base = `/instructor/classes/${classId}/quizzes/${quizId}`;
  const isDraft = quiz.status === "draft";
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/instructor/classes/${classId}`}>{quiz.className}</BackLink>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{quiz.title} <span className="ml-1 rounded bg-slate-200 px-2 py-0.5 align-middle text-sm font-medium text-slate-800">{isDraft ? "Draft" : `Published · ${quiz.status}`}</span></h1>
          <div className="flex flex-wrap items-start gap-3">
            <Link href={`${base}/preview`} className="rounded-md px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-100">Preview as a student</Link>
            <Link href={`${base}/attempts`} className="rounded-md px-4 py-2 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-100">Attempts ({quiz.attempts})</Link>
            {isDraft ? (
              <ApiActionButton request={{ method: "POST", url: `/api/quizzes/${quizId}/publish`, body: { published: true } }}>Publish</ApiActionButton>
            ) : quiz.attempts === 0 ? (
              <ApiActionButton variant="secondary" request={{ method: "POST", url: `/api/quizzes/${quizId}/publish`, body: { published: false } }}>Unpublish</ApiActionButton>
            ) : null}
            {isDraft && (
              <ApiActionButton variant="danger" request={{ method: "DELETE", url: `/api/quizzes/${quizId}` }} confirm={{ title: `Delete “${quiz.title}”?`, body: "The draft and its questions list are deleted.", confirmLabel: "Delete draft" }}>Delete draft</ApiActionButton>
            )}
          </div>
        </div>
        {quiz.publishedAt && <p className="mt-1 text-sm text-slate-600">Published {formatDayAndTime(quiz.publishedAt, now, user.timeZone)}. Students see it in their Today list while it is open.</p>}
      </div>
      <Card title="Questions">
        <SlotsEditor quizId={quizId} frozen={quiz.attempts > 0} initialReadings={quiz.readings} initialSlots={quiz.slots as EditorSlot[]} readings={builder.readings} tags={builder.tags} questions={builder.questions} />
      </Card>
      <Card title="Settings">
        <SettingsForm quiz={quiz} timeZone={user.timeZone} zone={zoneLabel(user.timeZone, now)} />
      </Card>
      <Card title="Per-student overrides">
        <ul className="mb-4 space-y-1 text-sm">
          {overrides.filter((s) => s.override).map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                {s.name}: {s.override!.opensAt ? `opens ${formatDayAndTime(s.override!.opensAt, now, user.timeZone)}` : "quiz's opening"}, {s.override!.closesAt ? `closes ${formatDayAndTime(s.override!.closesAt, now, user.timeZone)}` : "quiz's close"}, {s.override!.attemptsAllowed === null ? "quiz's attempts" : s.override!.attemptsAllowed === 0 ? "unlimited attempts" : `${s.override!.attemptsAllowed} attempts`}
              </span>
              <ApiActionButton variant="danger" className="min-h-8 px-3 py-1" request={{ method: "DELETE", url: `/api/quizzes/${quizId}/overrides/${s.id}` }}>Remove<span className="sr-only"> override for {s.name}</span></ApiActionButton>
            </li>
          ))}
        </ul>
        <OverrideForm quizId={quizId} students={overrides} timeZone={user.timeZone} />
      </Card>
    </div>
  );
}
