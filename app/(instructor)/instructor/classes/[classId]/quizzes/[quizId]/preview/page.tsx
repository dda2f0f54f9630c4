import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { getQuizPreview } from "@/lib/quiz/preview";
import { isAppError } from "@/lib/errors";
import { PreviewQuiz } from "./preview-quiz";

export const metadata: Metadata = { title: "Quiz preview" };

type Props = { params: Promise<{ classId: string; quizId: string }> };

export default async function QuizPreviewPage({ params }: Props) {
  const { classId, quizId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (!idSchema.safeParse(classId).success || !idSchema.safeParse(quizId).success) notFound();
  const preview = await getQuizPreview({ quizId, instructorId: user.id }).catch((e) => (isAppError(e) ? null : Promise.reject(e)));
  if (!preview || preview.classId !== classId) notFound();
  const base = `/instructor/classes/${classId}/quizzes/${quizId}`;
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={base}>{preview.title}</BackLink>
        <h1 className="mt-2 text-2xl font-bold">Preview: {preview.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          As a student sees it{preview.timeLimitSeconds ? `, with ${Math.round(preview.timeLimitSeconds / 60)} minutes` : ""}. Pools are drawn afresh each time (<Link href={`${base}/preview`} className="text-brand-700 underline">draw again</Link>). Nothing you do here is recorded.
        </p>
        {preview.missingFixed.length > 0 && <p role="alert" className="mt-2 text-sm font-medium text-red-800">Not available in this quiz&apos;s readings any more: {preview.missingFixed.join(", ")}.</p>}
      </div>
      {preview.items.length === 0 ? <p>This quiz has no questions yet.</p> : <PreviewQuiz quizId={quizId} preview={preview} />}
    </div>
  );
}
