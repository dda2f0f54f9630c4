// Failed sign-in limits (OWASP ASVS V6.3 / V2.2): per account and per client address.
// Pure: no database here; lib/auth/throttle.ts applies the rules to rows in PostgreSQL.
export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
// Higher than the account rule: a classroom behind one NAT address shares it.
export const IP_RULE: ThrottleRule = { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

// Account creation per client address: generous (a whole class signs up from one school network in minutes), but it
// stops a script from creating accounts by the thousand. The limit is SIGNUP_LIMIT_PER_HOUR (default 100).
export function signUpRule(maxPerHour: number): ThrottleRule {
  return { maxFailures: maxPerHour, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };
}

export function signUpKey(ip: string) {
  return `signup:${ip}`;
}

export function accountKey(email: string) {
  return `account:${email.trim().toLowerCase()}`;
}

export function ipKey(ip: string) {
  return `ip:${ip}`;
}

export function lockMessage(lockedUntil: Date, now: Date, what = "failed sign-ins"): string {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * The client address as seen by the last `hops` trusted proxies: with one proxy (Next's own server sets the header
 * when none is present), the right-most X-Forwarded-For entry. Left-most entries are client-controlled.
 */
export function clientIp(forwardedFor: string | null | undefined, hops: number): string | null {
  if (!forwardedFor || hops < 1) return null;
  const parts = forwardedFor.split(",").map((p) => p.trim()).filter(Boolean);
  const ip = parts[parts.length - hops];
  return ip && ip.length <= 64 ? ip : null;
}
