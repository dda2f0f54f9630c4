import type { ReadingProgress } from "@/lib/analytics/progress-types";
import { isoDay, percent } from "./format";

/** Per assigned reading: who started, who finished the new cards, and what the class would recall now and on the due date. */
export function ReadingProgressTable({ readings }: { readings: ReadingProgress[] }) {
  if (!readings.length) return <p className="text-sm text-slate-600">No reading is assigned yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Progress per assigned reading</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Reading</th>
            <th scope="col" className="py-2 pr-3 font-medium">Due</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Started</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Finished new cards</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Recall now</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Recall on due date</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {readings.map((r) => (
            <tr key={r.assignmentId}>
              <th scope="row" className="py-2 pr-3 font-medium">{r.title}</th>
              <td className="py-2 pr-3">{isoDay(r.dueAt)}</td>
              <td className="py-2 pr-3 text-right">{percent(r.startedShare)}</td>
              <td className="py-2 pr-3 text-right">{percent(r.finishedNewShare)}</td>
              <td className="py-2 pr-3 text-right">{percent(r.meanRecallNow)}</td>
              <td className="py-2 pr-3 text-right">{percent(r.meanRecallAtDue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-600">
        Recall is the class mean of FSRS&apos;s predicted recall over every student&apos;s cards of the reading; a card not studied yet counts 0.
      </p>
    </div>
  );
}
