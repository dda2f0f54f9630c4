import { prisma, type Db } from "@/lib/db";
import { generateJoinCode } from "@/lib/classes/join-code";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";

/** Retries on the (rare) join-code collision; the unique index is the arbiter, not a prior read. */
async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= 4) throw e;
    }
  }
}

export async function createClass({ db = prisma, instructorId, name }: { db?: Db; instructorId: string; name: string }) {
  return withFreshJoinCode((joinCode) =>
    db.class.create({
      data: { name, joinCode, instructors: { create: { userId: instructorId, isOwner: true } } },
      select: { id: true, name: true, joinCode: true },
    }),
  );
}

/** The ownership check is in the `where`: an instructor who does not teach the class gets the same 404 as a bad id. */
export async function rotateJoinCode({ db = prisma, classId, instructorId }: { db?: Db; classId: string; instructorId: string }) {
  return withFreshJoinCode(async (joinCode) => {
    const { count } = await db.class.updateMany({ where: { id: classId, instructors: { some: { userId: instructorId } } }, data: { joinCode } });
    if (count === 0) throw new AppError("NOT_FOUND", "Class not found.");
    await db.auditLog.create({ data: { actorId: instructorId, action: "class.rotate_join_code", targetType: "Class", targetId: classId } });
    return { joinCode };
  });
}

export async function removeStudent({ db = prisma, classId, studentId, instructorId }: { db?: Db; classId: string; studentId: string; instructorId: string }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.enrollment.deleteMany({
      where: { classId, studentId, class: { instructors: { some: { userId: instructorId } } } },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "This student is not in this class.");
    await tx.auditLog.create({
      data: { actorId: instructorId, action: "roster.remove_student", targetType: "Class", targetId: classId, data: { studentId } },
    });
    return { removed: true };
  });
}

/** Archived classes stay readable for their instructors, but their join code admits no one. */
/** Rename and/or archive in one transaction, each change audited. */
export async function updateClass({ db = prisma, classId, instructorId, name, archived }: {
  db?: Db; classId: string; instructorId: string; name?: string; archived?: boolean;
}) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.class.updateMany({ where: { id: classId, instructors: { some: { userId: instructorId } } }, data: { name, archived } });
    if (count === 0) throw new AppError("NOT_FOUND", "Class not found.");
    const audit = (action: string, data?: { name: string }) => tx.auditLog.create({ data: { actorId: instructorId, action, targetType: "Class", targetId: classId, data } });
    if (name !== undefined) await audit("class.rename", { name });
    if (archived !== undefined) await audit(archived ? "class.archive" : "class.unarchive");
    return { ...(name !== undefined && { name }), ...(archived !== undefined && { archived }) };
  });
}
