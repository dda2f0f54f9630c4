// Path parameters and bodies of the attempt routes: anything malformed is a 404 (ids) or a 400 (bodies) before it
// reaches the database.
import { z } from "zod";

/** Quiz ids are cuids; attempt ids are "att_" + hex (start-attempt.ts) or cuids (made through Prisma). */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export const positionSchema = z.coerce.number().int().min(1).max(1000);
export const submitBodySchema = z.strictObject({ by: z.enum(["student", "timer"]).default("student") });
