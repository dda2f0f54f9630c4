import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, checkPasswordPolicy } from "@/lib/auth/password-policy";

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

  it("refuses only spaces, one repeated character, short repeated units and sequences", () => {
    expect(checkPasswordPolicy("        ")).toMatch(/only spaces/);
    expect(checkPasswordPolicy("\t \t \t \t ")).toMatch(/only spaces/);
    for (const p of ["aaaaaaaa", "zzzzzzzzzzzz", "abababab", "abcabcabcabc", "12121212", "xyzwxyzw", "abcdefgh", "ABCDEFGHIJ", "hgfedcba", "87654321", "asdfghjk", "lkjhgfds"]) {
      expect(checkPasswordPolicy(p), p).not.toBeNull();
    }
    expect(checkPasswordPolicy("abcdefgh")).toMatch(/too easy to guess/);
  });

  it("refuses the person's email, its local part, their name and the published demo password", () => {
    const context = { email: "ada.teacher@school.example", name: "Ada Teacher" };
    for (const p of ["ada.teacher@school.example", "Ada.Teacher", "ada.teacher99!", "AdaTeacher", "Ada Teacher 2026", DEMO_PASSWORD, "Lectern-Demo-2027"]) {
      expect(checkPasswordPolicy(p, context), p).toMatch(/email address, your name or the site's name/);
    }
    expect(checkPasswordPolicy("ada teaches history well", context)).toBeNull();
  });

  it("has no composition rules", () => {
    expect(checkPasswordPolicy("alllowercaseletters")).toBeNull();
    expect(checkPasswordPolicy("correct-battery-staple-42", { email: "someone@example.com", name: "Someone" })).toBeNull();
  });
});
