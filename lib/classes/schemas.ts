import { z } from "zod";
import { textSchema } from "@/lib/text-schema";

export const createClassSchema = z.object({
  name: textSchema("Class names cannot contain control characters or broken Unicode.").trim().min(1, "Enter a class name.").max(120, "Class names are at most 120 characters."),
});

export const joinClassSchema = z.object({
  joinCode: z.string({ error: "Enter a join code." }).trim().min(1, "Enter a join code.").max(20, "That join code is too long."),
});

/** Rename, archive or unarchive (one or both in one request). */
export const updateClassSchema = z
  .strictObject({
    name: createClassSchema.shape.name.optional(),
    archived: z.boolean({ error: "archived must be true or false." }).optional(),
  }, { error: "Send a name and/or archived (true or false)." })
  .refine((v) => v.name !== undefined || v.archived !== undefined, { error: "Send a name and/or archived (true or false)." });

const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const emailInputSchema = z.strictObject({ email: emailField }, { error: "Send { email }." });

export const rosterImportSchema = z.strictObject(
  {
    mode: z.enum(["preview", "commit"], { error: "mode must be preview or commit." }),
    csv: z.string({ error: "Send the file's text as csv." }).min(1, "The file is empty.").max(60_000, "The file is too large (at most 60,000 characters)."),
  },
  { error: "Send { mode, csv }." },
);

/** Ids in URLs: cuid-shaped; anything else is a 404 before it reaches the database. */
export const idSchema = z.string().regex(/^[a-z0-9]{20,32}$/);
