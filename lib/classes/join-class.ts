import { limitGuesses } from "@/lib/auth/throttle";
import { JOIN_CODE_RULE, throttleKeys } from "@/lib/auth/throttle-rules";
import { prisma, type DbTx } from "@/lib/db";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";

const UNKNOWN_CODE = "No open class has this join code. Check it with your instructor.";
export const JOIN_CODE_GUESSES = "wrong join codes";

export async function findClassIdByJoinCode({ db, joinCode }: { db: DbTx; joinCode: string }): Promise<string> {
  const code = normalizeJoinCode(joinCode);
  if (!code) throw new AppError("BAD_INPUT", UNKNOWN_CODE, { joinCode: UNKNOWN_CODE });
  const found = await db.class.findFirst({ where: { joinCode: code, archived: false }, select: { id: true } });
  if (!found) throw new AppError("BAD_INPUT", UNKNOWN_CODE, { joinCode: UNKNOWN_CODE });
  return found.id;
}

/**
 * Enrols a student by join code. Wrong codes are counted per student and, when the caller knows it, per client
 * address (`ip`): past JOIN_CODE_RULE the student waits, so codes cannot be guessed by brute force.
 */
export async function joinClass({ db = prisma, studentId, joinCode, ip, now = new Date() }: { db?: DbTx; studentId: string; joinCode: string; ip?: string | null; now?: Date }) {
  const keys = [throttleKeys.joinCodeUser(studentId), ...(ip === undefined ? [] : [throttleKeys.joinCodeIp(ip)])];
  const classId = await limitGuesses({ db, keys, rule: JOIN_CODE_RULE, field: "joinCode", what: JOIN_CODE_GUESSES, now }, () => findClassIdByJoinCode({ db, joinCode }));
  try {
    await db.enrollment.create({ data: { classId, studentId } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "You are already in this class.", { joinCode: "You are already in this class." });
    throw e;
  }
  return { classId };
}
