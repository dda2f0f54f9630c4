// The instructor's home: one line per class — students, how many are at risk, what is due soon. One at-risk
// evaluation per open class (a handful), each set-based; archived classes are not evaluated.
import "server-only";
import { listTeachingClasses } from "@/lib/classes/queries";
import { srsPool } from "@/lib/srs/pool";
import { getAtRiskStudents } from "./at-risk";

export type ClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  students: number;
  atRisk: number | null;
  /** Readings due in the next 7 days, soonest first. */
  dueSoon: { title: string; dueAt: string }[];
};

async function dueSoonByClass(classIds: string[], now: Date) {
  const { rows } = await srsPool().query<{ classId: string; title: string; dueAt: Date }>(
    `SELECT a."classId", r.title, a."dueAt" FROM "Assignment" a JOIN "Reading" r ON r.id = a."readingId"
     WHERE a."classId" = ANY($1::text[]) AND a."unassignedAt" IS NULL AND a."dueAt" > $2::timestamp AND a."dueAt" <= $3::timestamp
     ORDER BY a."dueAt"`,
    [classIds, now.toISOString(), new Date(now.getTime() + 7 * 86_400_000).toISOString()],
  );
  return rows;
}

export async function getClassSummaries({ instructorId, now }: { instructorId: string; now: Date }): Promise<ClassSummary[]> {
  const classes = await listTeachingClasses({ instructorId });
  const open = classes.filter((c) => !c.archived);
  const [due, risks] = await Promise.all([
    dueSoonByClass(classes.map((c) => c.id), now),
    Promise.all(open.map((c) => getAtRiskStudents({ classId: c.id, instructorId, now }).then((r) => [c.id, r.students.length] as const))),
  ]);
  const atRisk = new Map(risks);
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    archived: c.archived,
    students: c._count.enrollments,
    atRisk: atRisk.get(c.id) ?? null,
    dueSoon: due.filter((d) => d.classId === c.id).map((d) => ({ title: d.title, dueAt: d.dueAt.toISOString() })),
  }));
}
