import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import type { TodayClass } from "@/lib/srs/types";
import { formatDayAndTime } from "@/lib/zoned-time";
import { ReadingProgress } from "@/components/reading-progress";

const studyHref = (slug: string, mode?: "exam") => `/student/study?reading=${encodeURIComponent(slug)}${mode ? `&mode=${mode}` : ""}`;

function ReadingRow({ reading, now, timeZone }: { reading: TodayClass["readings"][number]; now: Date; timeZone: string }) {
  const upcoming = reading.dueAt !== null && new Date(reading.dueAt) > now;
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 className="font-medium">{reading.title}</h3>
        <span className="text-sm text-slate-600">{reading.dueAt ? `Due ${formatDayAndTime(reading.dueAt, now, timeZone)}` : "No due date"}</span>
      </div>
      <ReadingProgress studied={reading.studied} total={reading.total} title={reading.title} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        {reading.predictedRecallAtDue !== null && upcoming && reading.studied > 0 && (
          <span className="text-slate-700">Predicted recall on the due date: {Math.round(reading.predictedRecallAtDue * 100)}%</span>
        )}
        <Link href={studyHref(reading.slug)} className="font-medium text-brand-700 underline" aria-label={`Study ${reading.title}`}>
          Study
        </Link>
        {upcoming && (
          <Link href={studyHref(reading.slug, "exam")} className="font-medium text-brand-700 underline" aria-label={`Study ${reading.title} for the due date`}>
            Study for the due date
          </Link>
        )}
      </div>
    </li>
  );
}

/** One class on the Today page: what is due now, what is new, and each assigned reading's progress. */
export function TodayClassCard({ klass, now, timeZone }: { klass: TodayClass; now: Date; timeZone: string }) {
  const nothingDue = klass.dueNow === 0 && klass.newAvailable === 0;
  return (
    <Card title={klass.className}>
      {klass.readings.length === 0 ? (
        <EmptyState title="No readings assigned yet">Your instructor has not assigned a reading to this class.</EmptyState>
      ) : (
        <>
          <p className="text-slate-700">
            {nothingDue ? (
              <>Nothing due{klass.nextDueAt && ` — next review ${formatDayAndTime(klass.nextDueAt, now, timeZone)}`}.</>
            ) : (
              <>
                <strong>{klass.dueNow}</strong> due now · <strong>{klass.newAvailable}</strong> new today
              </>
            )}
          </p>
          <ul className="mt-2 divide-y divide-slate-100">
            {klass.readings.map((reading) => (
              <ReadingRow key={reading.assignmentId} reading={reading} now={now} timeZone={timeZone} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
