import { prisma, type DbTx } from "@/lib/db";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";

const UNKNOWN_CODE = "No open class has this join code. Check it with your instructor.";

async function findOpenClass({ db, joinCode }: { db: DbTx; joinCode: string }) {
  const code = normalizeJoinCode(joinCode);
  if (!code) throw new AppError("BAD_INPUT", UNKNOWN_CODE, { joinCode: UNKNOWN_CODE });
  const found = await db.class.findFirst({ where: { joinCode: code, archived: false }, select: { id: true, name: true } });
  if (!found) throw new AppError("BAD_INPUT", UNKNOWN_CODE, { joinCode: UNKNOWN_CODE });
  return found;
}

export async function findClassIdByJoinCode({ db, joinCode }: { db: DbTx; joinCode: string }): Promise<string> {
  return (await findOpenClass({ db, joinCode })).id;
}

/** The class's name comes back so the student is told which class they joined. */
export async function joinClass({ db = prisma, studentId, joinCode }: { db?: DbTx; studentId: string; joinCode: string }) {
  const { id: classId, name: className } = await findOpenClass({ db, joinCode });
  try {
    await db.enrollment.create({ data: { classId, studentId } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "You are already in this class.", { joinCode: "You are already in this class." });
    throw e;
  }
  return { classId, className };
}
