import { z } from "zod";
import { textSchema } from "@/lib/text-schema";

export const createClassSchema = z.object({
  name: textSchema("Class names cannot contain control characters or broken Unicode.").trim().min(1, "Enter a class name.").max(120, "Class names are at most 120 characters."),
});

export const joinClassSchema = z.object({
  joinCode: z.string({ error: "Enter a join code." }).trim().min(1, "Enter a join code.").max(20, "That join code is too long."),
});

export const updateClassSchema = z.object({ archived: z.boolean({ error: "archived must be true or false." }) });

/** Ids in URLs: cuid-shaped; anything else is a 404 before it reaches the database. */
export const idSchema = z.string().regex(/^[a-z0-9]{20,32}$/);
