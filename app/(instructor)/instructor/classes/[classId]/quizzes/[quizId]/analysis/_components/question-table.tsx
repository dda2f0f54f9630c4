import { Fragment } from "react";
import { FlagList } from "@/components/analytics/flag-list";
import { formatDecimal, formatPercent, formatSeconds } from "@/components/analytics/format";
import { kindLabel, typeLabel } from "@/components/reading/question-labels";
import { Card } from "@/components/ui/card";
import type { ItemAnalysisRow } from "@/lib/analytics/questions/item-analysis-queries";

const HEADS = ["#", "Question", "Facility", "SD", "Discrimination", "Efficiency", "Avg. time", "Lapse rate (reading)", "Mean D"];

function Distractors({ d }: { d: NonNullable<ItemAnalysisRow["distractors"]> }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-brand-700">Responses per option</summary>
      <ul className="mt-1 space-y-0.5">
        {d.choices.map((c) => (
          <li key={c.option} className={c.isAnswer ? "font-semibold" : undefined}>
            {c.option}{c.isAnswer ? " (key)" : ""}: {c.count} ({formatPercent(c.share)})
          </li>
        ))}
        <li>Blank: {d.unanswered}{d.other ? ` · no option named: ${d.other}` : ""}</li>
      </ul>
    </details>
  );
}

/** One row per question; a flagged question gets a second row with the reasons and what to do. */
export function QuestionTable({ rows, quizId }: { rows: ItemAnalysisRow[]; quizId: string }) {
  return (
    <Card title="Questions">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[52rem] text-left text-sm">
          <caption className="sr-only">Statistics per question</caption>
          <thead className="border-b border-slate-200 text-slate-700">
            <tr>{HEADS.map((h) => <th key={h} scope="col" className="px-2 py-2 font-medium">{h}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Fragment key={r.questionId}>
                <tr className={`align-top ${r.flags.length ? "bg-red-50" : "border-b border-slate-100"}`}>
                  <td className="px-2 py-2 tabular-nums">{r.slotPosition}</td>
                  <th scope="row" className="max-w-md px-2 py-2 font-normal">
                    <span className="font-medium">{r.question.prompt}</span>
                    <span className="block text-xs text-slate-600">
                      {r.questionId} · {typeLabel(r.question.type)} · {kindLabel(r.question.kind)}{r.question.readingTitle ? ` · ${r.question.readingTitle}` : ""} · {r.count} attempts
                    </span>
                    {r.distractors && <Distractors d={r.distractors} />}
                  </th>
                  <td className="px-2 py-2 tabular-nums">{formatPercent(r.facility)}</td>
                  <td className="px-2 py-2 tabular-nums">{formatPercent(r.sd)}</td>
                  <td className="px-2 py-2 tabular-nums">{formatDecimal(r.discriminationIndex)}</td>
                  <td className="px-2 py-2 tabular-nums">{formatPercent(r.discriminativeEfficiency)}</td>
                  <td className="px-2 py-2 tabular-nums">{formatSeconds(r.averageSeconds)}</td>
                  <td className="px-2 py-2 tabular-nums">
                    {r.memory ? `${formatPercent(r.memory.lapseRate)} (${formatPercent(r.memory.readingLapseRate)})` : "–"}
                  </td>
                  <td className="px-2 py-2 tabular-nums">{formatDecimal(r.memory?.meanDifficulty, 1)}</td>
                </tr>
                {r.flags.length > 0 && (
                  <tr className="border-b border-slate-200 bg-red-50">
                    <td />
                    <td colSpan={HEADS.length - 1} className="px-2 pb-3">
                      {/* On a phone the table scrolls sideways: the reasons stay in view at its left edge. */}
                      <div className="sticky left-2 max-w-[calc(100vw-6rem)] md:max-w-none">
                      <FlagList flags={r.flags} links={r.links} prompt={r.question.prompt} regrade={{ quizId, questionId: r.questionId }} />
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-xs text-slate-600">
        Facility: mean mark as a share of the maximum. Discrimination: correlation of the question with the rest of the quiz (negative: the
        stronger students did worse here). Efficiency: that correlation as a share of the most the question&apos;s spread allows. Average time: from
        the previous saved answer to this one&apos;s last save. Lapse rate: share of flashcard reviews of learnt cards answered Again, against the
        same for the question&apos;s reading; D is FSRS difficulty (1 easy – 10 hard).
      </p>
    </Card>
  );
}
