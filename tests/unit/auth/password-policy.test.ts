import { describe, expect, it } from "vitest";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";

describe("password policy (ASVS 5.0 V6)", () => {
  it("refuses fewer than 8 characters, counting code points", () => {
    expect(checkPasswordPolicy("seven77")).toMatch(/at least 8/);
    expect(checkPasswordPolicy("🙂🙂🙂🙂🙂🙂🙂")).toMatch(/at least 8/); // 7 emoji = 14 UTF-16 units
    expect(checkPasswordPolicy("eight-ch")).toBeNull();
  });

  it("allows long passphrases (64 and beyond) up to 128", () => {
    expect(checkPasswordPolicy("a considerably long passphrase about Japan and Russia in 2016 ok!".padEnd(100, "x"))).toBeNull();
    expect(checkPasswordPolicy("x".repeat(129))).toMatch(/at most 128/);
  });

  it("refuses the most common passwords whatever their case", () => {
    for (const p of ["password", "12345678", "qwertyuiop", "Password1", "iloveyou"]) expect(checkPasswordPolicy(p)).toMatch(/too common/);
  });

  it("has no composition rules", () => {
    expect(checkPasswordPolicy("alllowercaseletters")).toBeNull();
  });
});
