import { prisma, type Db, type DbTx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { countSignUpAttempt, limitGuesses } from "@/lib/auth/throttle";
import { EMAIL_TAKEN_RULE, JOIN_CODE_IP_RULE, throttleKeys, type ThrottleRule } from "@/lib/auth/throttle-rules";
import { JOIN_CODE_GUESSES, findClassIdByJoinCode } from "@/lib/classes/join-class";
import { AppError, isAppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { syncCards } from "@/lib/srs/sync-cards";
import { claimInvitation } from "@/lib/users/invitations";
import { EMAIL_TAKEN } from "@/lib/users/messages";
import type { SignUpInput } from "@/lib/users/schemas";

const emailTaken = () => new AppError("CONFLICT", `${EMAIL_TAKEN} Sign in instead.`, { email: EMAIL_TAKEN });

/** Runs every check and throws them together, so the form shows all its problems at once. */
async function checkAll(checks: Promise<unknown>[]) {
  const errors = (await Promise.allSettled(checks)).flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  if (!errors.length) return;
  const unexpected = errors.find((e) => !isAppError(e));
  if (unexpected) throw unexpected;
  const known = errors as AppError[];
  const fields = Object.assign({}, ...known.map((e) => e.fields));
  throw new AppError(known.some((e) => e.code === "BAD_INPUT") ? "BAD_INPUT" : known[0].code, known[0].message, fields);
}

async function assertEmailFree(db: DbTx, email: string) {
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
}

/**
 * Creates an account (docs/decisions/007-who-may-teach.md): with an invitation, an instructor, and the invitation is
 * used up; otherwise a student, enrolled in the class of the join code. Account, enrollment and invitation are written
 * in one transaction, so a refused sign-up leaves nothing behind.
 */
type SignUpResult = Awaited<ReturnType<typeof signUp>>;

export async function signUp({ db = prisma, input, now = new Date() }: { db?: Db; input: SignUpInput; now?: Date }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      let classId: string | null = null;
      await checkAll([
        assertEmailFree(tx, input.email),
        input.invitation ? Promise.resolve() : findClassIdByJoinCode({ db: tx, joinCode: input.joinCode ?? "" }).then((id) => void (classId = id)),
      ]);
      const invitationId = input.invitation ? await claimInvitation({ db: tx, token: input.invitation, email: input.email, now }) : null;
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: invitationId ? "INSTRUCTOR" : "STUDENT", timeZone: input.timeZone ?? "UTC" },
        select: { id: true, email: true, name: true, role: true },
      });
      if (invitationId) await tx.invitation.update({ where: { id: invitationId }, data: { usedById: user.id } });
      if (classId) await tx.enrollment.create({ data: { classId, studentId: user.id } });
      if (classId) await syncCards({ db: tx, studentId: user.id, now: new Date() }); // the class's flashcards
      return user;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw emailTaken(); // a concurrent sign-up with the same address won the race
    throw e;
  }
}

/**
 * Sign-up as the endpoint runs it, behind its limits (docs/decisions/005-auth.md): every attempt counts against the
 * address's hourly budget; answers that reveal an existing email, and wrong join codes, have smaller budgets of their own.
 */
export async function signUpFrom({ input, ip, now, maxPerHour }: { input: SignUpInput; ip: string | null; now: Date; maxPerHour: number }) {
  await countSignUpAttempt({ ip, now, maxPerHour });
  const guarded = (field: string, key: string, rule: ThrottleRule, what: string, next: () => Promise<SignUpResult>) =>
    limitGuesses({ keys: [key], rule, field, what, now }, next);
  return guarded("email", throttleKeys.emailTaken(ip), EMAIL_TAKEN_RULE, "sign-ups with existing emails from your network", () =>
    input.invitation
      ? signUp({ input, now })
      : guarded("joinCode", throttleKeys.joinCodeIp(ip), JOIN_CODE_IP_RULE, JOIN_CODE_GUESSES, () => signUp({ input, now })),
  );
}
