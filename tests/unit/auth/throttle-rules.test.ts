import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, PAIR_RULE, lockMessage, signInRefusedUntil, throttleKeys, type Counter } from "@/lib/auth/throttle-rules";

const now = new Date("2026-01-01T12:00:00Z");
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const counter = (failures: number, windowStartMin: number, lockedUntilMin: number | null): Counter => ({
  failures,
  windowStart: at(windowStartMin),
  lockedUntil: lockedUntilMin === null ? null : at(lockedUntilMin),
});

describe("throttle rules", () => {
  it("keys accounts by normalised email, and pairs by email and address", () => {
    expect(throttleKeys.account("  Ada@Example.COM ")).toBe("account:ada@example.com");
    expect(throttleKeys.pair("Ada@Example.com", "203.0.113.9")).toBe("pair:ada@example.com|203.0.113.9");
    expect(throttleKeys.pair("ada@example.com", null)).toBe("pair:ada@example.com|unknown");
  });

  it("refuses an address that locked itself, or a locked address, until the later lock ends", () => {
    expect(signInRefusedUntil({}, now)).toBeNull();
    expect(signInRefusedUntil({ pair: counter(5, -1, 14) }, now)).toEqual(at(14));
    expect(signInRefusedUntil({ ip: counter(50, -1, 10), pair: counter(5, -1, 14) }, now)).toEqual(at(14));
    expect(signInRefusedUntil({ pair: counter(5, -20, -5) }, now)).toBeNull(); // lock over
  });

  it("under attack (account budget spent), refuses addresses that failed on it but never a clean one", () => {
    const account = counter(ACCOUNT_RULE.maxFailures, -10, 50);
    expect(signInRefusedUntil({ account }, now)).toBeNull(); // the owner, from an address with no failures
    expect(signInRefusedUntil({ account, pair: counter(1, -3, null) }, now)).toEqual(at(12)); // until that failure is forgotten
    expect(signInRefusedUntil({ account, pair: counter(1, -PAIR_RULE.windowMs / 60_000 - 1, null) }, now)).toBeNull(); // forgotten
  });

  it("says how long the lock lasts, rounding up to whole minutes", () => {
    expect(lockMessage(new Date("2026-01-01T12:00:30Z"), now)).toBe("Too many failed sign-ins. Try again in 1 minute.");
    expect(lockMessage(new Date("2026-01-01T12:14:01Z"), now)).toBe("Too many failed sign-ins. Try again in 15 minutes.");
  });
});
