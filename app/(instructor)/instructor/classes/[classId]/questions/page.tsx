import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card, EmptyState } from "@/components/ui/card";
import { getClassQuestionInsights } from "@/lib/analytics/questions/class-question-insights";
import { requireRole } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { FlaggedQuestions } from "./_components/flagged-questions";
import { PerformanceCard } from "./_components/performance-card";
import { QuestionsTable } from "./_components/questions-table";

export const metadata: Metadata = { title: "Question insights" };

export default async function ClassQuestionsPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (!idSchema.safeParse(classId).success) notFound();
  const insights = await getClassQuestionInsights({ classId, instructorId: user.id });
  if (!insights) notFound();
  const flagged = insights.questions.filter((q) => q.flags.length > 0);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/instructor/classes/${classId}`}>{insights.klass.name}</BackLink>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">Question insights</h1>
          <a href={`/api/classes/${classId}/exports/gradebook.csv`} className="text-sm text-brand-700 underline" download>
            Download gradebook (CSV)
          </a>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          What the class does not know yet, and which questions may be at fault: quiz results (each student&apos;s first attempt) next to the
          class&apos;s flashcard memory of the same questions.
        </p>
      </div>
      {insights.questions.length === 0 ? (
        <EmptyState title="Nothing to analyse yet">Assign a reading or publish a quiz: figures appear once students study or take quizzes.</EmptyState>
      ) : (
        <>
          <FlaggedQuestions questions={flagged} classId={classId} />
          <div className="grid gap-6 lg:grid-cols-2">
            <PerformanceCard title="Performance by question kind" groupName="Kind" groups={insights.byKind} />
            <PerformanceCard title="Performance by reading" groupName="Reading" groups={insights.byReading} />
          </div>
          <Card title={`All questions (${insights.questions.length})`}>
            <QuestionsTable questions={insights.questions} />
          </Card>
        </>
      )}
    </div>
  );
}
