import { z } from "zod";
import { PASSWORD_MAX, checkPasswordPolicy } from "@/lib/auth/password-policy";
import { textSchema } from "@/lib/text-schema";

const timeZones = new Set(Intl.supportedValuesOf("timeZone"));

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email({ error: "Enter a valid email address." }));

/** An invitation token from a `/signup?invite=…` link: 43 base64url characters (32 random bytes). */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid. Ask for a new one.");

/**
 * Sign-up: a student brings a class join code, an instructor an invitation (docs/decisions/007-who-may-teach.md).
 * There is no role field: a `role` sent anyway is ignored. Every problem is reported at once, per field.
 */
export const signUpSchema = z
  .object({
    name: textSchema("Names cannot contain control characters or broken Unicode.")
      .trim()
      .min(1, "Enter your name.")
      .max(100, "Names are at most 100 characters."),
    email: emailSchema,
    password: z.string({ error: "Choose a password." }).max(PASSWORD_MAX * 4, `Use at most ${PASSWORD_MAX} characters.`),
    joinCode: z.string().trim().max(20, "That join code is too long.").optional(),
    invitation: invitationTokenSchema.optional(),
    timeZone: z
      .string()
      .max(64)
      .refine((tz) => timeZones.has(tz) || tz === "UTC", "Unknown time zone.")
      .optional(),
  })
  // `when`: run even if another field failed, so the form shows every problem in one go.
  .superRefine(
    (v, ctx) => {
      const str = (x: unknown) => (typeof x === "string" ? x : undefined);
      const password = str(v.password);
      const problem = password === undefined ? null : checkPasswordPolicy(password, { email: str(v.email)?.trim(), name: str(v.name)?.trim() });
      if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
      if (!v.invitation && !str(v.joinCode)?.trim()) ctx.addIssue({ code: "custom", path: ["joinCode"], message: "Students need a class join code from their instructor." });
    },
    { when: ({ value }) => typeof value === "object" && value !== null },
  );

export type SignUpInput = z.infer<typeof signUpSchema>;

export const createInvitationSchema = z.object({ email: emailSchema });
