// An instructor assigns readings to a class; assigning creates the cards (lib/srs/sync-cards.ts) in the same
// transaction. Ownership is in every `where`: a class the instructor does not teach is a 404.
import { prisma, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { syncCards } from "./sync-cards";

const taughtBy = (instructorId: string) => ({ instructors: { some: { userId: instructorId } } });

export async function assignReading({ db = prisma, classId, instructorId, readingSlug, dueAt, now }: {
  db?: Db; classId: string; instructorId: string; readingSlug: string; dueAt: string | null; now: Date;
}): Promise<{ assignmentId: string; cardsCreated: number }> {
  return db.$transaction(async (tx) => {
    const klass = await tx.class.findFirst({ where: { id: classId, ...taughtBy(instructorId) }, select: { archived: true } });
    if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
    if (klass.archived) throw new AppError("CONFLICT", "This class is archived: unarchive it to assign readings.");
    const reading = await tx.reading.findUnique({ where: { slug: readingSlug }, select: { id: true } });
    if (!reading) throw new AppError("BAD_INPUT", "There is no reading with this name.", { readingSlug: "Choose a reading from the list." });
    const due = dueAt ? new Date(dueAt) : null;
    // Assigning again (also after an unassign) revives the one row: nothing is created twice.
    const assignment = await tx.assignment.upsert({
      where: { classId_readingId: { classId, readingId: reading.id } },
      create: { classId, readingId: reading.id, dueAt: due },
      update: { dueAt: due, unassignedAt: null },
      select: { id: true },
    });
    const cardsCreated = await syncCards({ db: tx, classId, now });
    await tx.auditLog.create({ data: { actorId: instructorId, action: "class.assign_reading", targetType: "Class", targetId: classId, data: { readingSlug, dueAt } } });
    return { assignmentId: assignment.id, cardsCreated };
  });
}

export async function setAssignmentDueDate({ db = prisma, classId, instructorId, assignmentId, dueAt }: {
  db?: Db; classId: string; instructorId: string; assignmentId: string; dueAt: string | null;
}) {
  const { count } = await db.assignment.updateMany({
    where: { id: assignmentId, classId, unassignedAt: null, class: taughtBy(instructorId) },
    data: { dueAt: dueAt ? new Date(dueAt) : null },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "This reading is not assigned to this class.");
  return { assignmentId, dueAt };
}

/** Unassigning keeps the row and every card with its history; the cards only leave the queue. */
export async function unassignReading({ db = prisma, classId, instructorId, assignmentId, now }: {
  db?: Db; classId: string; instructorId: string; assignmentId: string; now: Date;
}) {
  const { count } = await db.assignment.updateMany({
    where: { id: assignmentId, classId, unassignedAt: null, class: taughtBy(instructorId) },
    data: { unassignedAt: now },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "This reading is not assigned to this class.");
  await db.auditLog.create({ data: { actorId: instructorId, action: "class.unassign_reading", targetType: "Class", targetId: classId, data: { assignmentId } } });
  return { assignmentId, unassigned: true };
}
