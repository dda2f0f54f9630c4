import { prisma, type DbTx } from "@/lib/db";
import {
  ACCOUNT_RULE,
  IP_RULE,
  PAIR_RULE,
  signUpRule,
  lockMessage,
  signInRefusedUntil,
  throttleKeys,
  type Counter,
  type ThrottleRule,
} from "@/lib/auth/throttle-rules";
import { AppError } from "@/lib/errors";

async function readCounters({ db, keys }: { db: DbTx; keys: string[] }): Promise<Map<string, Counter>> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } }, select: { key: true, failures: true, windowStart: true, lockedUntil: true } });
  return new Map(rows.map(({ key, ...counter }) => [key, counter]));
}

/** The latest lock among the keys, if any is still locked at `now`. */
export async function findActiveLock({ db, keys, now }: { db: DbTx; keys: string[]; now: Date }): Promise<Date | null> {
  const times = [...(await readCounters({ db, keys })).values()].flatMap((c) => (c.lockedUntil && c.lockedUntil > now ? [c.lockedUntil.getTime()] : []));
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

/** Refuses with RATE_LIMITED when any key is locked. */
export async function assertNotLocked({ db = prisma, keys, now, what }: { db?: DbTx; keys: string[]; now: Date; what: string }) {
  const lockedUntil = await findActiveLock({ db, keys, now });
  if (lockedUntil) throw new AppError("RATE_LIMITED", lockMessage(lockedUntil, now, what));
}

// ---- Sign-in (docs/decisions/005-auth.md, "Guessing and lockout") ----

function signInKeys(email: string, ip: string | null) {
  return { pair: throttleKeys.pair(email, ip), account: throttleKeys.account(email), ip: throttleKeys.ip(ip) };
}

/** Until when a sign-in for `email` from `ip` is refused without checking the password, or null. */
export async function findSignInRefusal({ db, email, ip, now }: { db: DbTx; email: string; ip: string | null; now: Date }) {
  const keys = signInKeys(email, ip);
  const counters = await readCounters({ db, keys: Object.values(keys) });
  return signInRefusedUntil({ pair: counters.get(keys.pair), account: counters.get(keys.account), ip: counters.get(keys.ip) }, now);
}

export async function recordSignInFailure({ db, email, ip, now }: { db: DbTx; email: string; ip: string | null; now: Date }) {
  const keys = signInKeys(email, ip);
  await recordFailure({ db, key: keys.pair, rule: PAIR_RULE, now });
  await recordFailure({ db, key: keys.account, rule: ACCOUNT_RULE, now });
  await recordFailure({ db, key: keys.ip, rule: IP_RULE, now });
}

/** A right password clears this address's record on the account; the account's budget and the address's count stay. */
export async function recordSignInSuccess({ db, email, ip }: { db: DbTx; email: string; ip: string | null }) {
  await db.loginThrottle.deleteMany({ where: { key: signInKeys(email, ip).pair } });
}

// ---- Guesses that are not passwords: join codes, and the emails sign-up says exist ----

/**
 * Runs `attempt` unless one of the keys is locked; when it fails with BAD_INPUT/CONFLICT on `field` (a wrong guess),
 * counts a failure on every key. Other errors and successes count nothing.
 */
export async function limitGuesses<T>({ db = prisma, keys, rule, field, what, now }: { db?: DbTx; keys: string[]; rule: ThrottleRule; field: string; what: string; now: Date }, attempt: () => Promise<T>): Promise<T> {
  await assertNotLocked({ db, keys, now, what });
  try {
    return await attempt();
  } catch (e) {
    if (e instanceof AppError && e.fields?.[field]) for (const key of keys) await recordFailure({ db, key, rule, now });
    throw e;
  }
}

/** Counts a sign-up attempt from `ip` (successful or not) and refuses it once the address is over its limit. */
export async function countSignUpAttempt({ db = prisma, ip, now, maxPerHour }: { db?: DbTx; ip: string | null; now: Date; maxPerHour: number }) {
  const key = throttleKeys.signUp(ip);
  await assertNotLocked({ db, keys: [key], now, what: "sign-ups from your network" });
  await recordFailure({ db, key, rule: signUpRule(maxPerHour), now });
}
