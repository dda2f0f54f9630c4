// What a student may send as an answer, per question type: responses are untrusted input, so the server parses
// them with these before marking.
import { z } from "zod";
import type { QuestionType } from "./schema";

export const responseSchemas = {
  mcq: z.string().max(300),
  true_false: z.union([z.boolean(), z.string().max(10)]),
  numeric: z.union([z.number().finite(), z.string().max(100)]),
  date: z.string().max(100),
  short: z.string().max(300),
  ordering: z.array(z.string().max(300)).max(6),
  matching: z
    .record(z.string().max(300), z.string().max(300))
    .refine((pairs) => Object.keys(pairs).length <= 6, "at most 6 pairs"),
} satisfies Record<QuestionType, z.ZodType>;

export type ResponseOf<T extends QuestionType> = z.output<(typeof responseSchemas)[T]>;

