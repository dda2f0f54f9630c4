import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, formatJoinCode, generateJoinCode, normalizeJoinCode } from "@/lib/classes/join-code";

describe("join codes", () => {
  it("are 8 characters from an alphabet without look-alikes", () => {
    const code = generateJoinCode();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("survive formatting and sloppy typing (property)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let s = seed;
        const code = generateJoinCode((max) => Math.abs((s = (s * 1103515245 + 12345) | 0)) % max);
        const typed = ` ${formatJoinCode(code).toLowerCase()} `;
        expect(normalizeJoinCode(typed)).toBe(code);
      }),
    );
  });

  it("reject what cannot be a code", () => {
    expect(normalizeJoinCode("ABCD-234")).toBeNull();
    expect(normalizeJoinCode("ABCD-O000")).toBeNull();
    expect(normalizeJoinCode("")).toBeNull();
  });
});
