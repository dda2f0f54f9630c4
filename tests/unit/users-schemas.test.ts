import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/users/schemas";

const base = { name: "Ada", email: "Ada@Example.com ", password: "long-enough-pass", joinCode: "ABCD-2345" };
const TOKEN = "A".repeat(43);

describe("sign-up input", () => {
  it("normalises the email", () => {
    expect(signUpSchema.parse(base).email).toBe("ada@example.com");
  });

  it("needs a join code or an invitation, and has no role to choose", () => {
    const { joinCode: _, ...noCode } = base;
    expect(signUpSchema.safeParse(noCode).error?.issues[0].path).toEqual(["joinCode"]);
    expect(signUpSchema.safeParse({ ...noCode, invitation: TOKEN }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...noCode, invitation: "short" }).success).toBe(false);
    const withRole = signUpSchema.parse({ ...base, role: "INSTRUCTOR" });
    expect(withRole).not.toHaveProperty("role"); // ignored: a join code makes a student, whatever is claimed
  });

  it("reports every problem at once, the password policy included", () => {
    const issues = signUpSchema.safeParse({ name: "", email: "nope", password: "aaaaaaaa" }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual(["name", "email", "password", "joinCode"]);
    const personal = signUpSchema.safeParse({ ...base, password: "ada@example.com" }).error?.issues ?? [];
    expect(personal.map((i) => i.message)).toEqual(["Do not use your email address, your name or the site's name as your password."]);
  });

  it("refuses wrong types, over-long fields and unknown time zones", () => {
    expect(signUpSchema.safeParse({ ...base, name: 42 }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, name: "x".repeat(101) }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, email: `${"x".repeat(250)}@example.com` }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, timeZone: "Asia/Tokyo" }).success).toBe(true);
  });
});
