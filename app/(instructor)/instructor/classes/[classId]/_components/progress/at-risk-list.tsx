import Link from "next/link";
import { RULE_LABELS } from "@/lib/analytics/at-risk-rules";
import type { StudentProgressRow } from "@/lib/analytics/progress-types";
import { isoDay } from "./format";

/** Flagged students, most reasons first; each reason says which rule fired and since when. */
export function AtRiskList({ classId, students }: { classId: string; students: StudentProgressRow[] }) {
  const flagged = students.filter((s) => s.reasons.length > 0).sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name));
  if (!flagged.length) return <p className="text-sm text-slate-700">No student is at risk under this class&apos;s rules.</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Students at risk">
      {flagged.map((s) => (
        <li key={s.studentId} className="py-2">
          <Link href={`/instructor/classes/${classId}/students/${s.studentId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{s.name}</Link>
          <AtRiskReasons reasons={s.reasons} className="mt-1 space-y-0.5 text-sm" />
        </li>
      ))}
    </ul>
  );
}

/** Each rule that fired, with what it saw and since when (the list above and the student's own page). */
export function AtRiskReasons({ reasons, className }: { reasons: StudentProgressRow["reasons"]; className: string }) {
  return (
    <ul className={className} aria-label="At-risk reasons">
      {reasons.map((r) => (
        <li key={`${r.rule}-${r.detail}`}>
          <span className="mr-1 rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-800 ring-1 ring-red-200">{RULE_LABELS[r.rule]}</span>
          {r.detail}
          {r.since && <span className="text-slate-600"> · since {isoDay(r.since)}</span>}
        </li>
      ))}
    </ul>
  );
}
