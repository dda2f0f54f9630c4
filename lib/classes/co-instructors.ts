// Co-instructors: the same rights over the class as its owner (docs/decisions/012-dashboard.md), except that nobody
// removes the owner. Added by email; the account must already be able to teach (an instructor, or an administrator,
// who may teach — docs/decisions/007-who-may-teach.md). Every change is audited.
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { taughtBy } from "./roster";

const NO_INSTRUCTOR = "No instructor account has this email. Invite them first (Invitations), then add them here.";

export async function listClassInstructors({ classId, instructorId }: { classId: string; instructorId: string }) {
  const rows = await prisma.classInstructor.findMany({
    where: { classId, class: taughtBy(instructorId) },
    select: { isOwner: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ isOwner: "desc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => ({ ...r.user, isOwner: r.isOwner, addedAt: r.createdAt }));
}

export async function addCoInstructor({ db = prisma, classId, instructorId, email }: { db?: typeof prisma; classId: string; instructorId: string; email: string }) {
  return db.$transaction(async (tx) => {
    const klass = await tx.class.findFirst({ where: { id: classId, ...taughtBy(instructorId) }, select: { id: true } });
    if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
    const user = await tx.user.findFirst({ where: { email: email.trim().toLowerCase(), role: { in: ["INSTRUCTOR", "ADMIN"] } }, select: { id: true, name: true, email: true } });
    if (!user) throw new AppError("BAD_INPUT", NO_INSTRUCTOR, { email: NO_INSTRUCTOR });
    try {
      await tx.classInstructor.create({ data: { classId, userId: user.id } });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", "This instructor already teaches the class.", { email: "This instructor already teaches the class." });
      throw e;
    }
    await tx.auditLog.create({ data: { actorId: instructorId, action: "class.add_instructor", targetType: "Class", targetId: classId, data: { userId: user.id } } });
    return { instructor: user };
  });
}

/** Any instructor of the class may remove a co-instructor (themselves included: leaving); the owner stays. */
export async function removeCoInstructor({ db = prisma, classId, instructorId, userId }: { db?: typeof prisma; classId: string; instructorId: string; userId: string }) {
  return db.$transaction(async (tx) => {
    const target = await tx.classInstructor.findFirst({ where: { classId, userId, class: taughtBy(instructorId) }, select: { isOwner: true } });
    if (!target) throw new AppError("NOT_FOUND", "This instructor does not teach this class.");
    if (target.isOwner) throw new AppError("CONFLICT", "The class's owner cannot be removed.");
    await tx.classInstructor.delete({ where: { classId_userId: { classId, userId } } });
    await tx.auditLog.create({ data: { actorId: instructorId, action: "class.remove_instructor", targetType: "Class", targetId: classId, data: { userId } } });
    return { removed: true };
  });
}
