// Importing a roster CSV: a preview says what each row would do; a commit re-checks everything in one transaction and
// writes nothing if any row is bad. Only existing student accounts are enrolled: an unknown email is a bad row, listed
// so the instructor can send those students the join code (docs/decisions/012-dashboard.md).
import { prisma, type DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { syncCards } from "@/lib/srs/sync-cards";
import { parseRosterCsv } from "./roster-csv";
import { findOpenTaughtClass, NO_STUDENT_ACCOUNT } from "./roster";

export type ImportRowStatus = "enroll" | "already" | "error";
export type ImportRow = { line: number; email: string; name: string | null; status: ImportRowStatus; error: string | null; studentId: string | null };
export type ImportResult = { committed: boolean; rows: ImportRow[]; counts: Record<ImportRowStatus, number> };

async function planImport({ db, classId, csv }: { db: DbTx; classId: string; csv: string }): Promise<ImportRow[]> {
  const parsed = parseRosterCsv(csv);
  if (parsed.error) throw new AppError("BAD_INPUT", parsed.error, { csv: parsed.error });
  const emails = parsed.rows.filter((r) => !r.error).map((r) => r.email);
  const users = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, role: true, enrollments: { where: { classId }, select: { classId: true } } },
  });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  return parsed.rows.map((r) => {
    const base = { line: r.line, email: r.email, name: r.name, studentId: null };
    if (r.error) return { ...base, status: "error", error: r.error };
    const user = byEmail.get(r.email);
    if (!user) return { ...base, status: "error", error: NO_STUDENT_ACCOUNT };
    if (user.role !== "STUDENT") return { ...base, status: "error", error: "This account is not a student account." };
    return { ...base, studentId: user.id, status: user.enrollments.length ? "already" : "enroll", error: null };
  });
}

function countRows(rows: ImportRow[]): ImportResult["counts"] {
  return { enroll: rows.filter((r) => r.status === "enroll").length, already: rows.filter((r) => r.status === "already").length, error: rows.filter((r) => r.status === "error").length };
}

export async function importRoster({ db = prisma, classId, instructorId, csv, commit, now }: {
  db?: typeof prisma; classId: string; instructorId: string; csv: string; commit: boolean; now: Date;
}): Promise<ImportResult> {
  return db.$transaction(async (tx) => {
    await findOpenTaughtClass({ db: tx, classId, instructorId });
    const rows = await planImport({ db: tx, classId, csv });
    const counts = countRows(rows);
    if (!commit) return { committed: false, rows, counts };
    const bad = rows.filter((r) => r.status === "error");
    if (bad.length) {
      throw new AppError("BAD_INPUT", `${bad.length} row${bad.length === 1 ? " has a" : "s have"} problem${bad.length === 1 ? "" : "s"}: nothing was imported.`,
        Object.fromEntries(bad.map((r) => [`line ${r.line}`, r.error!])));
    }
    const adding = rows.filter((r) => r.status === "enroll");
    await tx.enrollment.createMany({ data: adding.map((r) => ({ classId, studentId: r.studentId! })), skipDuplicates: true });
    if (adding.length) await syncCards({ db: tx, classId, now });
    await tx.auditLog.createMany({
      data: adding.map((r) => ({ actorId: instructorId, action: "roster.add_student", targetType: "Class", targetId: classId, data: { studentId: r.studentId, via: "import" } })),
    });
    return { committed: true, rows, counts };
  });
}
