import { describe, expect, it } from "vitest";
import { createClassSchema } from "@/lib/classes/schemas";
import { text } from "@/lib/questions/schema-parts";
import { textSchema } from "@/lib/text-schema";
import { signUpSchema } from "@/lib/users/schemas";

const BAD = ["a\u0000b", "lone \ud800 high", "lone \udc00 low", "bell \u0007", "esc \u001b[31m"];

describe("shared text schema", () => {
  it("refuses NUL bytes, control characters and lone surrogates with a reason", () => {
    for (const s of BAD) expect(textSchema().safeParse(s).error?.issues[0].message, JSON.stringify(s)).toMatch(/not allowed/);
  });

  it("accepts ordinary text, tabs, newlines and characters beyond the BMP", () => {
    for (const s of ["Ada", "line one\nline two\r\n\tindented", "日本とロシア", "emoji 🙂 and 𝒳"]) expect(textSchema().safeParse(s).success, s).toBe(true);
  });

  it("is what sign-up names, class names and question fields use", () => {
    const base = { email: "ada@example.com", password: "correct-battery-staple-42", joinCode: "ABCD-2345" };
    for (const s of BAD) {
      expect(signUpSchema.safeParse({ ...base, name: s }).error?.issues[0].path).toEqual(["name"]);
      expect(createClassSchema.safeParse({ name: s }).success).toBe(false);
      expect(text(500).safeParse(s).success).toBe(false);
    }
  });
});
