// The class's exports for a spreadsheet: the roster (re-importable: its Email and Name columns are what the roster
// import reads) and the progress table, one row per student. Same conventions as the question exports
// (lib/questions/export/to-csv.ts): UTF-8 with a byte-order mark, words for headers, ISO dates, numbers as numbers,
// no cell a spreadsheet would run as a formula.
import { stringify } from "csv-stringify/sync";
import { neutralizeFormula, UTF8_BOM } from "@/lib/questions/export/to-csv";
import type { ClassProgress } from "./progress-types";

const toCsv = (rows: (string | number | null)[][]) =>
  UTF8_BOM + stringify(rows.map((row) => row.map((cell) => (cell === null ? "" : typeof cell === "number" ? String(cell) : neutralizeFormula(cell)))));

const isoDate = (iso: string | null) => iso?.slice(0, 10) ?? null;

/** A file name safe in a Content-Disposition header: ASCII letters, digits and dashes. */
export function fileSlug(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "class";
}

export const ROSTER_COLUMNS = ["Email", "Name", "Joined"] as const;

export function rosterCsv(students: { email: string; name: string; joinedAt: Date }[]): string {
  return toCsv([[...ROSTER_COLUMNS], ...students.map((s) => [s.email, s.name, s.joinedAt.toISOString().slice(0, 10)])]);
}

export const STUDENT_COLUMNS = [
  "Name", "Email", "Joined", "Last active", "Reviews (7 days)", "Overdue cards", "Mean recall", "Cards studied", "Cards", "At risk because", "Accommodation",
] as const;

function accommodationText(a: ClassProgress["students"][number]["accommodation"]): string | null {
  if (!a) return null;
  const parts = [a.timeMultiplier !== 1 && `time ×${a.timeMultiplier}`, a.extraSeconds && `+${Math.round(a.extraSeconds / 60)} min`, a.extraAttempts && `+${a.extraAttempts} attempts`, a.note];
  return parts.filter(Boolean).join("; ");
}

export function studentsCsv(p: ClassProgress): string {
  const header = [
    ...STUDENT_COLUMNS,
    ...p.readings.map((r) => `${r.title}: share studied`),
    ...p.quizzes.map((q) => `${q.title} (${q.gradingMethod}${q.maxScore !== null ? `, of ${q.maxScore}` : ""})`),
  ];
  const rows = p.students.map((s) => [
    s.name, s.email, isoDate(s.enrolledAt), isoDate(s.lastActiveAt), s.reviews7d, s.overdue, s.meanRecall, s.studied, s.cards,
    s.reasons.map((r) => r.detail).join("; ") || null, accommodationText(s.accommodation),
    ...s.readings.map((r) => (r.cards ? Math.round((r.studied / r.cards) * 1000) / 1000 : null)),
    ...s.quizzes.map((q) => (q.grade === null ? null : Math.round(q.grade * 100) / 100)),
  ]);
  return toCsv([header, ...rows]);
}
