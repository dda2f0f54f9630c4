// The at-risk list: every student of the class a rule flags, with each rule that fired and since when.
import "server-only";
import type { AtRiskSettingsValues } from "./at-risk-rules";
import { loadClassSnapshot, reasonsOf } from "./class-snapshot";
import type { AtRiskStudent } from "./progress-types";

export async function getAtRiskStudents({
  classId,
  instructorId,
  now,
}: {
  classId: string;
  instructorId: string;
  now: Date;
}): Promise<{ settings: AtRiskSettingsValues; students: AtRiskStudent[] }> {
  const snap = await loadClassSnapshot({ classId, instructorId, now });
  const students: AtRiskStudent[] = [];
  for (const s of snap.roster) {
    const reasons = reasonsOf(snap, s, now);
    if (!reasons.length) continue;
    students.push({
      studentId: s.studentId,
      name: s.name,
      email: s.email,
      reasons,
    });
  }
  // Most reasons first, then the longest-standing.
  students.sort((a, b) => b.reasons.length - a.reasons.length || earliest(a).localeCompare(earliest(b)) || a.name.localeCompare(b.name));
  return { settings: snap.ctx.atRisk, students };
}

const earliest = (s: AtRiskStudent) => s.reasons.map((r) => r.since ?? "9999").sort()[0];
