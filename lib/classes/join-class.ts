import { limitGuesses } from "@/lib/auth/throttle";
import { JOIN_CODE_IP_RULE, JOIN_CODE_USER_RULE, throttleKeys } from "@/lib/auth/throttle-rules";
import { prisma, type DbTx } from "@/lib/db";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { syncCards } from "@/lib/srs/sync-cards";

const UNKNOWN_CODE = "No open class has this join code. Check it with your instructor.";
export const JOIN_CODE_GUESSES = "wrong join codes";

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

/**
 * Enrols a student by join code; the class's name comes back so the student is told which class they joined. Wrong
 * codes are counted per student and, when the caller knows it, per client address (`ip`): past JOIN_CODE_USER_RULE /
 * JOIN_CODE_IP_RULE the student waits, so codes cannot be guessed by brute force.
 */
export async function joinClass({ db = prisma, studentId, joinCode, ip, now = new Date() }: { db?: DbTx; studentId: string; joinCode: string; ip?: string | null; now?: Date }) {
  const find = () => findOpenClass({ db, joinCode });
  const perStudent = () => limitGuesses({ db, keys: [throttleKeys.joinCodeUser(studentId)], rule: JOIN_CODE_USER_RULE, field: "joinCode", what: JOIN_CODE_GUESSES, now }, find);
  const { id: classId, name: className } = ip === undefined ? await perStudent() : await limitGuesses({ db, keys: [throttleKeys.joinCodeIp(ip)], rule: JOIN_CODE_IP_RULE, field: "joinCode", what: JOIN_CODE_GUESSES, now }, perStudent);
  try {
    await db.enrollment.create({ data: { classId, studentId } });
    await syncCards({ db, studentId, now: new Date() }); // the class's cards for the newcomer (lib/srs/sync-cards.ts)
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "You are already in this class.", { joinCode: "You are already in this class." });
    throw e;
  }
  return { classId, className };
}
