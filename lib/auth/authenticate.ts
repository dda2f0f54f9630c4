import type { DbTx } from "@/lib/db";
import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { findSignInRefusal, recordSignInFailure, recordSignInSuccess } from "@/lib/auth/throttle";
import { lockMessage } from "@/lib/auth/throttle-rules";
import type { Role } from "@/generated/prisma/client";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "LOCKED"; message: string };

/**
 * Checks an email and password against the database, counting failures per account, per address and per account from
 * that address (docs/decisions/005-auth.md). The answer never tells whether the email exists: an unknown email costs
 * a hash check and counts failures too.
 */
export async function authenticate({ db, email, password, ip, now }: { db: DbTx; email: string; password: string; ip: string | null; now: Date }): Promise<AuthResult> {
  const refusedUntil = await findSignInRefusal({ db, email, ip, now });
  if (refusedUntil) return { ok: false, reason: "LOCKED", message: lockMessage(refusedUntil, now) };

  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !valid) {
    await recordSignInFailure({ db, email, ip, now });
    return { ok: false, reason: "INVALID" };
  }
  await recordSignInSuccess({ db, email, ip });
  const { passwordHash: _omit, ...safe } = user;
  return { ok: true, user: safe };
}
