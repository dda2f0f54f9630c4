import type { DbTx } from "@/lib/db";
import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { clearAccountFailures, findActiveLock, recordFailures } from "@/lib/auth/throttle";
import { accountKey as toAccountKey, ipKey as toIpKey, lockMessage } from "@/lib/auth/throttle-rules";
import type { Role } from "@/generated/prisma/client";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "LOCKED"; message: string };

/**
 * Checks an email and password against the database, counting failures per account and per address.
 * The answer never tells whether the email exists: an unknown email costs a hash check and counts a failure too.
 */
export async function authenticate({ db, email, password, ip, now }: { db: DbTx; email: string; password: string; ip: string | null; now: Date }): Promise<AuthResult> {
  const accountKey = toAccountKey(email);
  const ipKey = ip ? toIpKey(ip) : null;
  const lockedUntil = await findActiveLock({ db, keys: ipKey ? [accountKey, ipKey] : [accountKey], now });
  if (lockedUntil) return { ok: false, reason: "LOCKED", message: lockMessage(lockedUntil, now) };

  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !valid) {
    await recordFailures({ db, accountKey, ipKey, now });
    return { ok: false, reason: "INVALID" };
  }
  await clearAccountFailures({ db, accountKey });
  const { passwordHash: _omit, ...safe } = user;
  return { ok: true, user: safe };
}
