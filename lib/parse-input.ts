import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Validates untrusted input with its schema: a BAD_INPUT error naming the first problem, with a message per field. */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  throw new AppError("BAD_INPUT", parsed.error.issues[0].message, fields);
}
