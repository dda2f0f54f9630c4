import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { ACCOUNT_RULE, IP_RULE, accountKey } from "@/lib/auth/throttle-rules";
import { countSignUpAttempt, recordFailure } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { TEST_PASSWORD, createInstructor, uniq, uniqueEmail } from "@/tests/factories";

const T0 = new Date("2026-11-22T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

describe("authenticate", () => {
  it("accepts the right password and answers the same for a wrong password and an unknown email", async () => {
    const user = await createInstructor(prisma);
    const ok = await authenticate({ db: prisma, email: user.email.toUpperCase(), password: TEST_PASSWORD, ip: null, now: T0 });
    expect(ok).toMatchObject({ ok: true, user: { id: user.id, role: "INSTRUCTOR" } });
    expect(ok).not.toHaveProperty("user.passwordHash");
    const wrong = await authenticate({ db: prisma, email: user.email, password: "not-the-password", ip: null, now: T0 });
    const unknown = await authenticate({ db: prisma, email: uniqueEmail("ghost"), password: "not-the-password", ip: null, now: T0 });
    expect(wrong).toEqual({ ok: false, reason: "INVALID" });
    expect(unknown).toEqual(wrong);
  });

  it("locks an account after 5 failures, even with the right password, until the lock expires", async () => {
    const user = await createInstructor(prisma);
    for (let i = 0; i < ACCOUNT_RULE.maxFailures; i++) await authenticate({ db: prisma, email: user.email, password: "wrong-password", ip: null, now: T0 });
    const locked = await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip: null, now: later(60_000) });
    expect(locked).toMatchObject({ ok: false, reason: "LOCKED", message: expect.stringMatching(/Try again in 14 minutes/) });
    const after = await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip: null, now: later(ACCOUNT_RULE.lockMs + 1) });
    expect(after.ok).toBe(true);
    expect(await prisma.loginThrottle.count({ where: { key: accountKey(user.email) } })).toBe(0); // success clears the count
  });

  it("locks an unknown email the same way (no hint that it does not exist)", async () => {
    const email = uniqueEmail("ghost");
    for (let i = 0; i < ACCOUNT_RULE.maxFailures; i++) await authenticate({ db: prisma, email, password: "wrong-password", ip: null, now: T0 });
    expect(await authenticate({ db: prisma, email, password: "wrong-password", ip: null, now: T0 })).toMatchObject({ reason: "LOCKED" });
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
    for (let i = 0; i < 4; i++) await recordFailure({ db: prisma, key, rule: ACCOUNT_RULE, now: T0 });
    await recordFailure({ db: prisma, key, rule: ACCOUNT_RULE, now: later(ACCOUNT_RULE.windowMs + 1000) });
    const row = await prisma.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(1);
    expect(row.lockedUntil).toBeNull();
  });

  it("locks a client address after its limit, across accounts", async () => {
    const ip = uniq("192.0.2");
    for (let i = 0; i < IP_RULE.maxFailures; i++) {
      await authenticate({ db: prisma, email: uniqueEmail("spray"), password: "wrong-password", ip, now: T0 });
    }
    const user = await createInstructor(prisma);
    expect(await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip, now: T0 })).toMatchObject({ reason: "LOCKED" });
    expect((await authenticate({ db: prisma, email: user.email, password: TEST_PASSWORD, ip: "198.51.100.7", now: T0 })).ok).toBe(true);
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
