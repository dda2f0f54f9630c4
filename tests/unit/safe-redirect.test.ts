import { describe, expect, it } from "vitest";
import { MAX_CALLBACK_URL, forLog, safeRedirect } from "@/lib/auth/safe-redirect";

const base = "https://lectern.example";

describe("safe redirect after sign-in", () => {
  it("keeps paths and same-origin URLs", () => {
    expect(safeRedirect("/instructor/bank?reading=x", base)).toBe(`${base}/instructor/bank?reading=x`);
    expect(safeRedirect(`${base}/student`, base)).toBe(`${base}/student`);
  });

  it("sends anything else home, without throwing", () => {
    for (const url of ["instructor", "//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "http://[bad", `/${"x".repeat(MAX_CALLBACK_URL)}`]) {
      expect(safeRedirect(url, base), url.slice(0, 40)).toBe(base);
    }
  });

  it("logs one short line", () => {
    const line = forLog(new Error(`bad callback ${"x".repeat(100_000)}\nsecond line`));
    expect(line.length).toBeLessThan(400);
    expect(line).not.toContain("\n");
    expect(line).toMatch(/characters\)$/);
  });
});
