import { describe, expect, it } from "vitest";
import { accountKey, clientIp, lockMessage } from "@/lib/auth/throttle-rules";

describe("throttle rules", () => {
  it("keys accounts by normalised email", () => {
    expect(accountKey("  Ada@Example.COM ")).toBe("account:ada@example.com");
  });

  it("takes the address added by the trusted proxy, not one the client wrote", () => {
    expect(clientIp("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIp("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIp(null, 1)).toBeNull();
    expect(clientIp("203.0.113.9", 0)).toBeNull();
    expect(clientIp("203.0.113.9", 3)).toBeNull();
  });

  it("says how long the lock lasts, rounding up to whole minutes", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(lockMessage(new Date("2026-01-01T00:00:30Z"), now)).toBe("Too many failed sign-ins. Try again in 1 minute.");
    expect(lockMessage(new Date("2026-01-01T00:14:01Z"), now)).toBe("Too many failed sign-ins. Try again in 15 minutes.");
  });
});
