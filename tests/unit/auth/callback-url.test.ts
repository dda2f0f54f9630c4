import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loginPathFor, safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeCallbackPath("/instructor/bank?kind=date")).toBe("/instructor/bank?kind=date");
    expect(safeCallbackPath("/join?code=ABCD-2345")).toBe("/join?code=ABCD-2345");
    expect(safeCallbackPath("/readings/abe-all-in-2016#q-dip-001")).toBe("/readings/abe-all-in-2016#q-dip-001");
  });

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["protocol-relative after dot segments", "/./..//evil.example"],
    ["absolute", "https://evil.example/x"],
    ["javascript", "javascript:alert(1)"],
    ["backslash", "/\\evil.example"],
    ["backslash later", "/ok\\..\\x"],
    ["tab that a parser would drop", "/\t/evil.example"],
    ["newline", "/x\n/y"],
    ["relative", "instructor"],
    ["empty", ""],
    ["the sign-in page itself", "/login?callbackUrl=/x"],
    ["an API route", "/api/auth/signout"],
    ["too long", `/${"a".repeat(600)}`],
  ])("refuses %s", (_label, value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });

  it("refuses what is not one string (a repeated query parameter arrives as an array)", () => {
    expect(safeCallbackPath(["/a", "/b"])).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
  });

  it("never returns something that leaves the site", () => {
    for (const value of ["/%2F%2Fevil.example", "/./..//evil.example", "/a/../../evil.example", "/%09/evil.example"]) {
      const path = safeCallbackPath(value);
      if (path !== null) expect(new URL(path, "https://lectern.example").origin).toBe("https://lectern.example");
    }
  });
});

describe("safeCallbackPath on any input (property)", () => {
  it("returns null or a path that stays on the site", () => {
    const pieces = fc.constantFrom("/", "//", "\\", ".", "..", "%2F", "%5C", "evil.example", "https:", "?", "#", "\t", "@", "a");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 8 }).map((p) => p.join(""))), (value) => {
        const path = safeCallbackPath(value);
        if (path === null) return;
        expect(path.startsWith("/") && !path.startsWith("//") && !path.includes("\\")).toBe(true);
        expect(new URL(path, "https://lectern.example").origin).toBe("https://lectern.example");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("loginPathFor", () => {
  it("carries the page in callbackUrl, encoded", () => {
    expect(loginPathFor("/instructor/bank?kind=date&page=2")).toBe("/login?callbackUrl=%2Finstructor%2Fbank%3Fkind%3Ddate%26page%3D2");
  });
  it("falls back to plain sign-in for a path it cannot return to", () => {
    expect(loginPathFor("//evil.example")).toBe("/login");
  });
});
