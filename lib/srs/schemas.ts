// One zod schema per flashcard input, shared by the pages' forms and the route handlers.
import { z } from "zod";
import { slugSchema } from "@/lib/questions/schema-parts";

/** Card and review-log ids are UUIDs; anything else is a 404 before it reaches the database. */
export const uuidSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

export const ratingSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)." });

export const rateSchema = z.object({
  rating: ratingSchema,
  expectedVersion: z.number({ error: "expectedVersion must be the card's version." }).int().min(0).max(2_000_000_000),
  idempotencyKey: z.string({ error: "idempotencyKey is required." }).trim().min(8, "idempotencyKey is too short.").max(100, "idempotencyKey is too long.").regex(/^[A-Za-z0-9_:.-]+$/, "idempotencyKey has characters it may not have."),
  durationMs: z.number({ error: "durationMs must be a number." }).int().min(0).max(86_400_000).default(0),
});

export const revealSchema = z.strictObject({ response: z.unknown().optional() });

export const undoSchema = z.object({ reviewLogId: uuidSchema });

export const queueQuerySchema = z.object({
  reading: slugSchema.nullish(),
  mode: z.enum(["due", "exam"]).default("due"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const dueAtSchema = z
  .string({ error: "dueAt must be a date and time with its offset, or null." })
  .datetime({ offset: true, error: "dueAt must be an ISO date and time with its offset, e.g. 2026-12-03T23:59:00+01:00." })
  .nullable();

export const assignSchema = z.object({ readingSlug: slugSchema, dueAt: dueAtSchema.default(null) });
export const updateAssignmentSchema = z.object({ dueAt: dueAtSchema });

const retentionSchema = z.number({ error: "Desired retention must be a number." }).min(0.7, "Desired retention is at least 0.70.").max(0.97, "Desired retention is at most 0.97.");
const newPerDaySchema = z.number({ error: "New cards per day must be a number." }).int("New cards per day must be a whole number.").min(0).max(500, "At most 500 new cards a day.");
const stepsSchema = z.array(z.string().regex(/^[1-9]\d{0,3}[mhd]$/, 'Steps look like "1m", "10m", "1h" or "1d".')).max(10, "At most 10 steps.");

export const srsSettingsSchema = z.object({
  desiredRetention: retentionSchema,
  newPerDay: newPerDaySchema,
  learningSteps: stepsSchema,
  relearningSteps: stepsSchema,
  maximumInterval: z.number({ error: "Maximum interval must be a number of days." }).int().min(1).max(36500, "At most 36,500 days."),
});

export const studentOverrideSchema = z.object({
  classId: z.string().regex(/^[a-z0-9]{20,32}$/, "Unknown class."),
  desiredRetention: retentionSchema.nullish(),
  newPerDay: newPerDaySchema.nullish(),
});
