// Attempt limits (OWASP ASVS 5.0 V6.3.1, V2.4.1), designed in docs/decisions/005-auth.md ("Guessing and lockout").
// Pure: no database here; lib/auth/throttle.ts applies the rules to rows in PostgreSQL.
export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };
export type Counter = { failures: number; windowStart: Date; lockedUntil: Date | null };

const MINUTE = 60_000;

/** One account from one address: the ordinary lock. Only someone at the owner's own address can trigger it. */
export const PAIR_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/**
 * One account from everywhere: a slower budget. Once spent, the account is "under attack" for an hour: an address
 * that has already failed on it is refused, but a right password from an address with no failures still gets in, so
 * a stranger cannot lock the owner out. Each new address an attacker brings buys one more guess, no more.
 */
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 20, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE };
/** One address, any accounts (password spraying). Higher: a classroom behind one NAT address shares it. */
export const IP_RULE: ThrottleRule = { maxFailures: 50, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** Wrong join codes per student: a code has 31^8 ≈ 8.5e11 values; 10 tries per 15 minutes. */
export const JOIN_CODE_USER_RULE: ThrottleRule = { maxFailures: 10, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** Wrong join codes per address (sign-ups and joins): higher, a class mistyping behind one NAT address shares it. */
export const JOIN_CODE_IP_RULE: ThrottleRule = { maxFailures: 100, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** "An account with this email already exists" answers per address and hour: what a sign-up enumeration costs. */
export const EMAIL_TAKEN_RULE: ThrottleRule = { maxFailures: 20, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE };

// Account creation per client address: generous (a whole class signs up from one school network in minutes), but it
// stops a script from creating accounts by the thousand. The limit is SIGNUP_LIMIT_PER_HOUR (default 100).
export function signUpRule(maxPerHour: number): ThrottleRule {
  return { maxFailures: maxPerHour, windowMs: 60 * MINUTE, lockMs: 60 * MINUTE };
}

const norm = (email: string) => email.trim().toLowerCase();
// An unknown address (see lib/http/client-address.ts) is one shared address: limits still hold, just more coarsely.
const addr = (ip: string | null) => ip ?? "unknown";

export const throttleKeys = {
  account: (email: string) => `account:${norm(email)}`,
  pair: (email: string, ip: string | null) => `pair:${norm(email)}|${addr(ip)}`,
  ip: (ip: string | null) => `ip:${addr(ip)}`,
  signUp: (ip: string | null) => `signup:${addr(ip)}`,
  emailTaken: (ip: string | null) => `email-taken:${addr(ip)}`,
  joinCodeIp: (ip: string | null) => `join:ip:${addr(ip)}`,
  joinCodeUser: (userId: string) => `join:user:${userId}`,
};

const isLocked = (c: Counter | undefined, now: Date) => !!c?.lockedUntil && c.lockedUntil > now;
const hasRecentFailure = (c: Counter | undefined, rule: ThrottleRule, now: Date) =>
  !!c && c.failures > 0 && c.windowStart.getTime() > now.getTime() - rule.windowMs;

/** Whether a sign-in from this address may be tried now, and if not, until when it is refused. */
export function signInRefusedUntil({ pair, account, ip }: { pair?: Counter; account?: Counter; ip?: Counter }, now: Date): Date | null {
  const until: Date[] = [];
  if (isLocked(ip, now)) until.push(ip!.lockedUntil!);
  if (isLocked(pair, now)) until.push(pair!.lockedUntil!);
  // Under attack: only addresses with a clean record on this account may try (PAIR_RULE's window is the memory).
  if (isLocked(account, now) && hasRecentFailure(pair, PAIR_RULE, now)) {
    until.push(new Date(Math.min(account!.lockedUntil!.getTime(), pair!.windowStart.getTime() + PAIR_RULE.windowMs)));
  }
  return until.length ? new Date(Math.max(...until.map((d) => d.getTime()))) : null;
}

export function lockMessage(lockedUntil: Date, now: Date, what = "failed sign-ins"): string {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
