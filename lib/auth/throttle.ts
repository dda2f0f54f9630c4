import { prisma, type DbTx } from "@/lib/db";
import { ACCOUNT_RULE, IP_RULE, lockMessage, signUpKey, signUpRule, type ThrottleRule } from "@/lib/auth/throttle-rules";
import { AppError } from "@/lib/errors";

/** The latest lock among the keys, if any is still locked at `now`. */
export async function findActiveLock({ db, keys, now }: { db: DbTx; keys: string[]; now: Date }): Promise<Date | null> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * Counts one failure in a single atomic statement, so concurrent failures from several app processes all count.
 * A window older than the rule's starts over; reaching the limit sets `lockedUntil`.
 */
export async function recordFailure({ db, key, rule, now }: { db: DbTx; key: string; rule: ThrottleRule; now: Date }) {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  const lockUntil = new Date(now.getTime() + rule.lockMs);
  await db.$executeRaw`
    INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, ${now}, ${rule.maxFailures <= 1 ? lockUntil : null}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures"    = CASE WHEN "LoginThrottle"."windowStart" < ${windowFloor} THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowFloor} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."windowStart" >= ${windowFloor} AND "LoginThrottle"."failures" + 1 >= ${rule.maxFailures}
        THEN ${lockUntil} ELSE "LoginThrottle"."lockedUntil" END,
      "updatedAt"   = ${now}`;
}

export async function recordFailures({ db, accountKey, ipKey, now }: { db: DbTx; accountKey: string; ipKey: string | null; now: Date }) {
  await recordFailure({ db, key: accountKey, rule: ACCOUNT_RULE, now });
  if (ipKey) await recordFailure({ db, key: ipKey, rule: IP_RULE, now });
}

/** A successful sign-in clears the account's counter (the address keeps its count). */
export async function clearAccountFailures({ db, accountKey }: { db: DbTx; accountKey: string }) {
  await db.loginThrottle.deleteMany({ where: { key: accountKey } });
}

/** Counts a sign-up attempt from `ip` (successful or not) and refuses it once the address is over its limit. */
export async function countSignUpAttempt({ db = prisma, ip, now, maxPerHour }: { db?: DbTx; ip: string | null; now: Date; maxPerHour: number }) {
  if (!ip) return;
  const key = signUpKey(ip);
  const lockedUntil = await findActiveLock({ db, keys: [key], now });
  if (lockedUntil) throw new AppError("RATE_LIMITED", lockMessage(lockedUntil, now, "sign-ups from your network"));
  await recordFailure({ db, key, rule: signUpRule(maxPerHour), now });
}
