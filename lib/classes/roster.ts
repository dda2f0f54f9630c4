// Roster changes an instructor makes by hand: add a student by email (an existing student account only — an
// instructor never creates a student's account or password; docs/decisions/012-dashboard.md). Every change is
// audited; the class check is in the same where clause (owner or co-instructor), any other caller gets a 404.
import { prisma, type DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { syncCards } from "@/lib/srs/sync-cards";

export const taughtBy = (instructorId: string) => ({ instructors: { some: { userId: instructorId } } });

/** The class, if the instructor teaches it and it is open to new students. */
export async function findOpenTaughtClass({ db, classId, instructorId }: { db: DbTx; classId: string; instructorId: string }) {
  const klass = await db.class.findFirst({ where: { id: classId, ...taughtBy(instructorId) }, select: { id: true, archived: true } });
  if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
  if (klass.archived) throw new AppError("CONFLICT", "This class is archived: unarchive it to add students.");
  return klass;
}

export const NO_STUDENT_ACCOUNT = "No student account has this email. Ask the student to sign up with the class's join code.";

export async function addStudentByEmail({ db = prisma, classId, instructorId, email, now }: { db?: typeof prisma; classId: string; instructorId: string; email: string; now: Date }) {
  return db.$transaction(async (tx) => {
    await findOpenTaughtClass({ db: tx, classId, instructorId });
    const student = await tx.user.findFirst({ where: { email: email.trim().toLowerCase(), role: "STUDENT" }, select: { id: true, name: true, email: true } });
    if (!student) throw new AppError("BAD_INPUT", NO_STUDENT_ACCOUNT, { email: NO_STUDENT_ACCOUNT });
    try {
      await tx.enrollment.create({ data: { classId, studentId: student.id } });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", "This student is already in the class.", { email: "This student is already in the class." });
      throw e;
    }
    await syncCards({ db: tx, studentId: student.id, now });
    await tx.auditLog.create({ data: { actorId: instructorId, action: "roster.add_student", targetType: "Class", targetId: classId, data: { studentId: student.id } } });
    return { student };
  });
}
