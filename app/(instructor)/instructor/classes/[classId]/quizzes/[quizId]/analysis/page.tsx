import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartTable } from "@/components/charts/chart-table";
import { ScoreHistogram } from "@/components/charts/score-histogram";
import { formatDecimal, formatPercent } from "@/components/analytics/format";
import { BackLink } from "@/components/ui/back-link";
import { Card, EmptyState } from "@/components/ui/card";
import { getItemAnalysis, type WhichAttempts } from "@/lib/analytics/questions/item-analysis-queries";
import { requireRole } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { QuestionTable } from "./_components/question-table";

export const metadata: Metadata = { title: "Item analysis" };

type Props = { params: Promise<{ classId: string; quizId: string }>; searchParams: Promise<{ attempts?: string | string[] }> };

const WHICH_LABEL: Record<WhichAttempts, string> = { first: "First attempts", all: "All attempts" };

function AttemptsToggle({ base, which }: { base: string; which: WhichAttempts }) {
  return (
    <nav aria-label="Attempts analysed" className="flex gap-2 text-sm">
      {(["first", "all"] as const).map((w) => (
        <Link key={w} href={`${base}?attempts=${w}`} aria-current={w === which ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 ring-1 ${w === which ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-100"}`}>
          {WHICH_LABEL[w]}
        </Link>
      ))}
    </nav>
  );
}

export default async function ItemAnalysisPage({ params, searchParams }: Props) {
  const { classId, quizId } = await params;
  const user = await requireRole("INSTRUCTOR");
  if (!idSchema.safeParse(classId).success || !idSchema.safeParse(quizId).success) notFound();
  const which: WhichAttempts = (await searchParams).attempts === "all" ? "all" : "first";
  const analysis = await getItemAnalysis({ quizId, classId, instructorId: user.id, which });
  if (!analysis) notFound();
  const { quiz, summary } = analysis;
  const base = `/instructor/classes/${classId}/quizzes/${quizId}/analysis`;
  const figures: [string, string][] = [
    ["Attempts analysed", String(analysis.attempts)], ["Mean", formatDecimal(summary.mean)], ["Median", formatDecimal(summary.median)],
    ["Standard deviation", formatDecimal(summary.sd)], ["Cronbach's alpha", formatDecimal(summary.cic)],
    ["Error ratio", formatPercent(summary.errorRatio)], ["Standard error", formatDecimal(summary.standardError)],
  ];
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/instructor/classes/${classId}`}>{quiz.className}</BackLink>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">Item analysis: {quiz.title}</h1>
          <a href={`/api/quizzes/${quizId}/exports/item-analysis.csv?attempts=${which}`} className="text-sm text-brand-700 underline" download>
            Download item analysis (CSV)
          </a>
        </div>
        <p className="mt-1 text-sm text-slate-700">
          Moodle&apos;s quiz statistics over {which === "first" ? "each student's first finished attempt (recommended: later attempts build on earlier ones)" : "every finished attempt, each counted as if by a different student"}.{" "}
          <Link href={`/instructor/classes/${classId}/questions`} className="text-brand-700 underline">All the class&apos;s questions</Link>
        </p>
        <div className="mt-3"><AttemptsToggle base={base} which={which} /></div>
      </div>
      {analysis.attempts === 0 ? (
        <EmptyState title="No finished attempts yet">The statistics appear once students have finished the quiz.</EmptyState>
      ) : (
        <>
          <div className="grid gap-6 md:grid-cols-2">
            <Card title="The quiz as a whole">
              <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
                {figures.map(([label, value]) => (
                  <div key={label} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                    <dt className="text-slate-700">{label}</dt>
                    <dd className="font-medium tabular-nums">{value}</dd>
                  </div>
                ))}
              </dl>
              <p className="mt-3 text-xs text-slate-600">Scores are in marks. Alpha above 0.7 is usually wanted for a test that ranks students; the error ratio is the share of the spread that is noise.</p>
            </Card>
            <Card title="Score distribution">
              <ScoreHistogram bins={analysis.distribution} />
              <ChartTable caption="Attempts per score band" head={["Score (share of maximum)", "Attempts"]} rows={analysis.distribution.map((b) => [b.label, b.count])} />
            </Card>
          </div>
          <QuestionTable rows={analysis.rows} quizId={quizId} />
        </>
      )}
    </div>
  );
}
