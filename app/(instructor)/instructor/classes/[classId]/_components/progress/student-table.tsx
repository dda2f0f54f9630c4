"use client";
// The class table: one row per student, sorted by any column and filtered by name or email and by "at risk".
// Client-side: a class of 500 is a few hundred kilobytes of rows already on the page.
import Link from "next/link";
import { useMemo, useState } from "react";
import type { ClassProgress, StudentProgressRow } from "@/lib/analytics/progress-types";
import { daysAgo, formatGrade, percent } from "./format";

type Column = { key: string; label: string; value: (s: StudentProgressRow) => string | number | null; className?: string };

function columnsOf(p: ClassProgress): Column[] {
  return [
    { key: "name", label: "Student", value: (s) => s.name.toLowerCase() },
    { key: "last", label: "Last active", value: (s) => s.lastActiveAt },
    { key: "reviews", label: "Reviews (7 d)", value: (s) => s.reviews7d, className: "text-right" },
    { key: "overdue", label: "Overdue", value: (s) => s.overdue, className: "text-right" },
    { key: "recall", label: "Recall (studied cards)", value: (s) => s.meanRecall, className: "text-right" },
    ...p.readings.map((r, i) => ({ key: `r${i}`, label: r.title, value: (s: StudentProgressRow) => (s.readings[i].cards ? s.readings[i].studied / s.readings[i].cards : null), className: "text-right" })),
    ...p.quizzes.map((q, i) => ({ key: `q${i}`, label: `${q.title} (${q.gradingMethod})`, value: (s: StudentProgressRow) => s.quizzes[i].fraction, className: "text-right" })),
    { key: "risk", label: "At risk", value: (s) => s.reasons.length },
  ];
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // empty cells last whichever the direction
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function Cell({ s, col, p, index }: { s: StudentProgressRow; col: Column; p: ClassProgress; index: number }) {
  if (col.key === "name") {
    return (
      <th scope="row" className="py-2 pr-3 text-left font-medium">
        <Link href={`/instructor/classes/${p.class.id}/students/${s.studentId}`} className="text-brand-700 underline-offset-2 hover:underline">{s.name}</Link>
        <span className="block text-xs font-normal break-all text-slate-600">{s.email}</span>
        {s.accommodation && <span className="mt-0.5 inline-block rounded bg-amber-50 px-1.5 text-xs text-amber-900 ring-1 ring-amber-200">Accommodation</span>}
      </th>
    );
  }
  let text: string;
  if (col.key === "last") text = daysAgo(s.lastActiveAt, p.generatedAt);
  else if (col.key === "recall") text = percent(s.meanRecall);
  else if (col.key === "risk") text = s.reasons.map((r) => r.detail).join("; ") || "—";
  else if (/^r\d+$/.test(col.key)) {
    const r = s.readings[index];
    text = r.cards ? `${r.studied}/${r.cards}` : "—";
  } else if (/^q\d+$/.test(col.key)) text = formatGrade(s.quizzes[index].grade, p.quizzes[index].maxScore);
  else text = String(col.value(s) ?? "—");
  const warn = (col.key === "risk" && s.reasons.length > 0) || (col.key === "overdue" && s.overdue > p.atRiskSettings.overdueCards);
  return <td className={`py-2 pr-3 ${col.className ?? ""} ${warn ? "font-medium text-red-800" : ""}`}>{text}</td>;
}

export function StudentTable({ progress }: { progress: ClassProgress }) {
  const columns = useMemo(() => columnsOf(progress), [progress]);
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: "name", dir: 1 });
  const [query, setQuery] = useState("");
  const [onlyAtRisk, setOnlyAtRisk] = useState(false);
  const rows = useMemo(() => {
    const col = columns.find((c) => c.key === sort.key) ?? columns[0];
    const q = query.trim().toLowerCase();
    return progress.students
      .filter((s) => (!q || s.name.toLowerCase().includes(q) || s.email.includes(q)) && (!onlyAtRisk || s.reasons.length > 0))
      .sort((a, b) => sort.dir * compare(col.value(a), col.value(b)) || a.name.localeCompare(b.name));
  }, [columns, progress.students, sort, query, onlyAtRisk]);
  const indexOf = (key: string) => Number(key.slice(1));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-sm font-medium text-slate-800">
          Find a student
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="mt-1 block w-64 max-w-full rounded-md border border-slate-300 px-3 py-1.5" />
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={onlyAtRisk} onChange={(e) => setOnlyAtRisk(e.target.checked)} className="size-4" />
          At risk only
        </label>
        <p className="text-sm text-slate-600" aria-live="polite">{rows.length} of {progress.students.length} students</p>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">Students of {progress.class.name}, one row each; column headers sort the table.</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : undefined} className={`py-2 pr-3 align-bottom font-medium ${c.className ?? ""}`}>
                  <button type="button" className="text-left hover:underline" onClick={() => setSort((s) => ({ key: c.key, dir: s.key === c.key ? (-s.dir as 1 | -1) : 1 }))}>
                    {c.label}
                    <span aria-hidden className="ml-1 text-xs">{sort.key === c.key ? (sort.dir === 1 ? "▲" : "▼") : ""}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((s) => (
              <tr key={s.studentId}>
                {columns.map((c) => <Cell key={c.key} s={s} col={c} p={progress} index={indexOf(c.key)} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
