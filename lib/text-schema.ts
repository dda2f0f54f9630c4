import { z } from "zod";

// PostgreSQL cannot store a NUL byte in text, and a lone UTF-16 surrogate is not a character at all: both used to reach
// the database and come back as a 500. Other C0 control characters are never typed by a person. Tab and newlines are.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const BAD_CHARACTER = "contains a character that is not allowed (a NUL byte, a control character or broken Unicode)";

export function isCleanText(s: string): boolean {
  return s.isWellFormed() && !CONTROL.test(s);
}

/** Every free-text field a person types: refuses what PostgreSQL or a reader cannot take, with a 400 and a reason. */
export function textSchema(message = BAD_CHARACTER) {
  return z.string().refine(isCleanText, message);
}
