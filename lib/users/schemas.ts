import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-policy";

const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email({ error: "Enter a valid email address." }));

export const signUpSchema = z
  .object({
    role: z.enum(["INSTRUCTOR", "STUDENT"], { error: "Choose whether you teach or study." }),
    name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Names are at most 100 characters."),
    email: emailSchema,
    password: z
      .string({ error: "Choose a password." })
      .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
      .max(PASSWORD_MAX * 4, `Use at most ${PASSWORD_MAX} characters.`), // code points are checked by the policy
    joinCode: z.string().trim().max(20, "That join code is too long.").optional(),
    timeZone: z
      .string()
      .max(64)
      .refine((tz) => timeZones.has(tz) || tz === "UTC", "Unknown time zone.")
      .optional(),
  })
  .refine((v) => v.role !== "STUDENT" || !!v.joinCode, { path: ["joinCode"], message: "Students need a class join code from their instructor." });

export type SignUpInput = z.infer<typeof signUpSchema>;
