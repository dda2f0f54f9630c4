import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { ACCOUNT_RULE, IP_RULE, JOIN_CODE_IP_RULE, JOIN_CODE_USER_RULE, PAIR_RULE, throttleKeys } from "@/lib/auth/throttle-rules";
import { countSignUpAttempt, recordFailure } from "@/lib/auth/throttle";
import { joinClass } from "@/lib/classes/join-class";
import { prisma } from "@/lib/db";
import { TEST_PASSWORD, createClassFor, createInstructor, createStudent, uniq, uniqueEmail } from "@/tests/factories";

const T0 = new Date("2026-11-22T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const OWNER_IP = "198.51.100.7";

async function fail(email: string, ip: string | null, now = T0) {
  return authenticate({ db: prisma, email, password: "wrong-password", ip, now });
}

describe("authenticate", () => {
  it("accepts the right password and answers the same for a wrong password and an unknown email", async () => {
    const user = await createInstructor(prisma);
    const ok = await authenticate({ db: prisma, email: user.email.toUpperCase(), password: TEST_PASSWORD, ip: null, now: T0 });
    expect(ok).toMatchObject({ ok: true, user: { id: user.id, role: "INSTRUCTOR" } });
    expect(ok).not.toHaveProperty("user.passwordHash");
    const wrong = await fail(user.email, null);
    const unknown = await fail(uniqueEmail("ghost"), null);
    expect(wrong).toEqual({ ok: false, reason: "INVALID" });
    expect(unknown).toEqual(wrong);
  });

  it("locks an account for the address that failed 5 times, even with the right password, until the lock expires", async () => {
    const user = await createInstructor(prisma);
    const ip = uniq("203.0.113");
    for (let i = 0; i < PAIR_RULE.maxFailures; i++) await fail(user.email, ip);
    const locked = await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip, now: later(60_000) });
    expect(locked).toMatchObject({ ok: false, reason: "LOCKED", message: expect.stringMatching(/Try again in 14 minutes/) });
    const after = await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip, now: later(PAIR_RULE.lockMs + 1) });
    expect(after.ok).toBe(true);
    expect(await prisma.loginThrottle.count({ where: { key: throttleKeys.pair(user.email, ip) } })).toBe(0); // success clears it
  });

  it("does not let a stranger lock the owner out: another address still signs in at once", async () => {
    const user = await createInstructor(prisma);
    const attacker = uniq("192.0.2");
    for (let i = 0; i < PAIR_RULE.maxFailures * 2; i++) await fail(user.email, attacker);
    expect(await fail(user.email, attacker)).toMatchObject({ reason: "LOCKED" });
    expect((await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip: OWNER_IP, now: T0 })).ok).toBe(true);
  });

  it("past the account's budget (many addresses), refuses addresses that failed, still admits a clean one with the right password", async () => {
    const user = await createInstructor(prisma);
    const botnet = Array.from({ length: ACCOUNT_RULE.maxFailures }, (_, i) => `${uniq("10.9")}.${i}`);
    for (const ip of botnet) await fail(user.email, ip);
    // each of those addresses failed once: refused now, even with the right password (no more guesses from there)
    const guess = await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip: botnet[0], now: later(60_000) });
    expect(guess).toMatchObject({ reason: "LOCKED" });
    // a fresh address gets one try: a wrong one marks it
    const fresh = uniq("10.8");
    expect(await fail(user.email, fresh, later(60_000))).toEqual({ ok: false, reason: "INVALID" });
    expect(await fail(user.email, fresh, later(61_000))).toMatchObject({ reason: "LOCKED" });
    // the owner, from their own address with no failures, is let in
    expect((await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip: OWNER_IP, now: later(62_000) })).ok).toBe(true);
  });

  it("locks an unknown email the same way (no hint that it does not exist)", async () => {
    const email = uniqueEmail("ghost");
    const ip = uniq("203.0.114");
    for (let i = 0; i < PAIR_RULE.maxFailures; i++) await fail(email, ip);
    expect(await fail(email, ip)).toMatchObject({ reason: "LOCKED" });
  });
});

describe("failure counting", () => {
  it("counts every one of many concurrent failures exactly once", async () => {
    const key = `ip:${uniq("10.0.0")}`;
    await Promise.all(Array.from({ length: 30 }, () => recordFailure({ db: prisma, key, rule: IP_RULE, now: T0 })));
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(30);
    expect(row.lockedUntil).toBeNull();
  });

  it("starts a new window once the old one has passed", async () => {
    const key = `account:${uniqueEmail("window")}`;
    for (let i = 0; i < 4; i++) await recordFailure({ db: prisma, key, rule: PAIR_RULE, now: T0 });
    await recordFailure({ db: prisma, key, rule: PAIR_RULE, now: later(PAIR_RULE.windowMs + 1000) });
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(1);
    expect(row.lockedUntil).toBeNull();
  });

  it("locks a client address after its limit, across accounts", async () => {
    const ip = uniq("192.0.2");
    for (let i = 0; i < IP_RULE.maxFailures; i++) await fail(uniqueEmail("spray"), ip);
    const user = await createInstructor(prisma);
    expect(await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip, now: T0 })).toMatchObject({ reason: "LOCKED" });
    expect((await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip: OWNER_IP, now: T0 })).ok).toBe(true);
  });
});

describe("sign-up attempts", () => {
  it("are counted per address and refused with 429 past the limit, until the window passes", async () => {
    const ip = uniq("198.18.0");
    const maxPerHour = 20;
    for (let i = 0; i < maxPerHour; i++) await countSignUpAttempt({ db: prisma, ip, now: T0, maxPerHour });
    await expect(countSignUpAttempt({ db: prisma, ip, now: T0, maxPerHour })).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/Too many sign-ups/) });
    await expect(countSignUpAttempt({ db: prisma, ip: uniq("198.18.1"), now: T0, maxPerHour })).resolves.toBeUndefined();
    await expect(countSignUpAttempt({ db: prisma, ip, now: later(60 * 60_000 + 1), maxPerHour })).resolves.toBeUndefined();
  });
});

describe("join-code guessing", () => {
  it("is refused per student after too many wrong codes, even with the right code, and from any address", async () => {
    const teacher = await createInstructor(prisma);
    const [first, second] = [await createClassFor(prisma, teacher.id), await createClassFor(prisma, teacher.id)];
    const student = await createStudent(prisma, first.joinCode);
    for (let i = 0; i < JOIN_CODE_USER_RULE.maxFailures; i++) {
      await expect(joinClass({ db: prisma, studentId: student.id, joinCode: "ZZZZ-ZZZZ", ip: uniq("10.7"), now: T0 })).rejects.toMatchObject({ code: "BAD_INPUT" });
    }
    await expect(joinClass({ db: prisma, studentId: student.id, joinCode: second.joinCode, ip: uniq("10.7"), now: T0 })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await prisma.enrollment.count({ where: { studentId: student.id, classId: second.id } })).toBe(0);
    await expect(joinClass({ db: prisma, studentId: student.id, joinCode: second.joinCode, now: later(JOIN_CODE_USER_RULE.lockMs + 1) })).resolves.toMatchObject({ classId: second.id });
  });

  it("is refused per address across students", async () => {
    const teacher = await createInstructor(prisma);
    const klass = await createClassFor(prisma, teacher.id);
    const ip = uniq("10.6");
    const [a, b] = [await createStudent(prisma, klass.joinCode), await createStudent(prisma, klass.joinCode)];
    await expect(joinClass({ db: prisma, studentId: a.id, joinCode: "ZZZZ-ZZZZ", ip, now: T0 })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await prisma.loginThrottle.findUnique({ where: { key: throttleKeys.joinCodeIp(ip) }, select: { failures: true } })).toEqual({ failures: 1 });
    // the rest of the address's budget spent by other students (counted the same way, without 99 more sign-ups)
    for (let i = 1; i < JOIN_CODE_IP_RULE.maxFailures; i++) await recordFailure({ db: prisma, key: throttleKeys.joinCodeIp(ip), rule: JOIN_CODE_IP_RULE, now: T0 });
    await expect(joinClass({ db: prisma, studentId: b.id, joinCode: "YYYY-YYYY", ip, now: T0 })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await prisma.loginThrottle.count({ where: { key: throttleKeys.joinCodeUser(b.id) } })).toBe(0); // b never got to guess
  });
});
