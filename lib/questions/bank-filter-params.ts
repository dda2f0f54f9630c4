// The bank's filters as URL parameters, shared by the bank page (which drops a malformed one and shows the rest) and
// the export of a selection (which refuses it: an export must hold what the teacher saw, or nothing).
import { z } from "zod";
import type { BankFilters } from "./queries";
import { QUESTION_KINDS, QUESTION_TYPES } from "./schema";
import { slugSchema } from "./schema-parts";

export const bankFilterFields = {
  reading: slugSchema.max(100),
  type: z.enum(QUESTION_TYPES),
  kind: z.enum(QUESTION_KINDS),
  difficulty: z.enum(["1", "2", "3"]),
  tag: z.string().trim().min(1).max(50),
  q: z.string().trim().min(1).max(200),
  retired: z.literal("1"),
};
export type BankFilterParams = { [K in keyof typeof bankFilterFields]?: z.output<(typeof bankFilterFields)[K]> };

export function toBankFilters(p: BankFilterParams & { page?: string }): BankFilters {
  return {
    readingSlug: p.reading,
    type: p.type,
    kind: p.kind,
    difficulty: p.difficulty ? (Number(p.difficulty) as 1 | 2 | 3) : undefined,
    tag: p.tag,
    q: p.q,
    includeRetired: p.retired === "1",
    page: p.page ? Number(p.page) : undefined,
  };
}

const FILTER_KEYS = Object.keys(bankFilterFields) as (keyof BankFilterParams)[];

/** Only the filters, in a stable order: for a link to the export of what the page shows. */
export function filterSearch(p: BankFilterParams): URLSearchParams {
  return new URLSearchParams(FILTER_KEYS.flatMap((key) => (p[key] ? [[key, p[key]]] : [])));
}

export const countFilters = (p: BankFilterParams) => FILTER_KEYS.filter((key) => p[key]).length;
