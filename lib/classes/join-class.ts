import { prisma, type DbTx } from "@/lib/db";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { syncCards } from "@/lib/srs/sync-cards";

const UNKNOWN_CODE = "No open class has this join code. Check it with your instructor.";

export async function findClassIdByJoinCode({ db, joinCode }: { db: DbTx; joinCode: string }): Promise<string> {
  const code = normalizeJoinCode(joinCode);
  if (!code) throw new AppError("BAD_INPUT", UNKNOWN_CODE, { joinCode: UNKNOWN_CODE });
  const found = await db.class.findFirst({ where: { joinCode: code, archived: false }, select: { id: true } });
  if (!found) throw new AppError("BAD_INPUT", UNKNOWN_CODE, { joinCode: UNKNOWN_CODE });
  return found.id;
}

export async function joinClass({ db = prisma, studentId, joinCode }: { db?: DbTx; studentId: string; joinCode: string }) {
  const classId = await findClassIdByJoinCode({ db, joinCode });
  try {
    await db.enrollment.create({ data: { classId, studentId } });
    await syncCards({ db, studentId, now: new Date() }); // the class's cards for the newcomer (lib/srs/sync-cards.ts)
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "You are already in this class.", { joinCode: "You are already in this class." });
    throw e;
  }
  return { classId };
}
