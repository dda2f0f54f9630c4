import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/users/schemas";

const base = { role: "INSTRUCTOR", name: "Ada", email: "Ada@Example.com ", password: "long-enough-pass" };

describe("sign-up input", () => {
  it("normalises the email", () => {
    expect(signUpSchema.parse(base).email).toBe("ada@example.com");
  });

  it("requires a join code from students only", () => {
    expect(signUpSchema.safeParse({ ...base, role: "STUDENT" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, role: "STUDENT", joinCode: "ABCD-2345" }).success).toBe(true);
  });

  it("refuses wrong types, over-long fields and unknown roles", () => {
    expect(signUpSchema.safeParse({ ...base, name: 42 }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, name: "x".repeat(101) }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, email: `${"x".repeat(250)}@example.com` }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, role: "ADMIN" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, timeZone: "Asia/Tokyo" }).success).toBe(true);
  });
});
