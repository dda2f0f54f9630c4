// Accommodations, once per student per class: extra time (a multiplier and/or minutes) and extra attempts for every
// quiz of the class. A change moves the deadline of any attempt the student has open in the class, in the same
// transaction (applyAccommodationToOpenAttempts), and leaves an AuditLog entry.
import "server-only";
import { prisma } from "@/lib/db";
import type { DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyAccommodationToOpenAttempts } from "./apply-accommodation";
import { taughtBy } from "./quiz-access";
import type { AccommodationInput } from "./quiz-schemas";

type Who = { classId: string; studentId: string; instructorId: string };

/** The student must be enrolled in a class the instructor teaches; anything else is a 404. */
async function assertEnrolled(tx: DbTx, { classId, studentId, instructorId }: Who) {
  const enrolled = await tx.enrollment.findFirst({ where: { classId, studentId, class: taughtBy(instructorId) }, select: { id: true } });
  if (!enrolled) throw new AppError("NOT_FOUND", "This student is not in this class.");
}

export async function setAccommodation({ classId, studentId, instructorId, input, now }: Who & { input: AccommodationInput; now: Date }) {
  return prisma.$transaction(async (tx) => {
    await assertEnrolled(tx, { classId, studentId, instructorId });
    const data = { timeMultiplier: input.timeMultiplier, extraSeconds: input.extraMinutes * 60, extraAttempts: input.extraAttempts, note: input.note };
    const before = await tx.accommodation.findUnique({ where: { classId_studentId: { classId, studentId } }, select: { timeMultiplier: true, extraSeconds: true, extraAttempts: true, note: true } });
    await tx.accommodation.upsert({ where: { classId_studentId: { classId, studentId } }, create: { classId, studentId, ...data }, update: data });
    const moved = await applyAccommodationToOpenAttempts({ tx, classId, studentId, now });
    await tx.auditLog.create({ data: { actorId: instructorId, action: "accommodation.set", targetType: "Accommodation", targetId: `${classId}:${studentId}`, data: { before, after: data, movedAttempts: moved.length } } });
    return { accommodation: { ...data, extraMinutes: input.extraMinutes }, movedAttempts: moved.map((m) => ({ attemptId: m.attemptId, deadline: m.deadline?.toISOString() ?? null })) };
  });
}

export async function removeAccommodation({ classId, studentId, instructorId, now }: Who & { now: Date }) {
  return prisma.$transaction(async (tx) => {
    await assertEnrolled(tx, { classId, studentId, instructorId });
    const { count } = await tx.accommodation.deleteMany({ where: { classId, studentId } });
    const moved = count ? await applyAccommodationToOpenAttempts({ tx, classId, studentId, now }) : [];
    if (count) await tx.auditLog.create({ data: { actorId: instructorId, action: "accommodation.remove", targetType: "Accommodation", targetId: `${classId}:${studentId}`, data: { movedAttempts: moved.length } } });
    return { removed: count > 0, movedAttempts: moved.map((m) => ({ attemptId: m.attemptId, deadline: m.deadline?.toISOString() ?? null })) };
  });
}

/** Describes an accommodation in a few words: "×1.5 time, +10 min, +1 attempt". */
export function describeAccommodation(a: { timeMultiplier: number; extraSeconds: number; extraAttempts: number }): string {
  const parts = [
    a.timeMultiplier !== 1 && `×${a.timeMultiplier} time`,
    a.extraSeconds > 0 && `+${Math.round(a.extraSeconds / 60)} min`,
    a.extraAttempts > 0 && `+${a.extraAttempts} attempt${a.extraAttempts === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "none";
}
