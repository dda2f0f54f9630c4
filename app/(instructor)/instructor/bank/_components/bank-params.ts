// The bank browser's state lives in the URL, so a filtered list can be bookmarked, shared and reloaded. Anything
// malformed in it is dropped rather than refused: a bad link shows the whole bank, not an error.
import { z } from "zod";
import type { BankFilters } from "@/lib/questions/queries";
import { QUESTION_ID } from "@/lib/questions/question-id";
import { QUESTION_KINDS, QUESTION_TYPES } from "@/lib/questions/schema";
import { slugSchema } from "@/lib/questions/schema-parts";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const bankParamsSchema = z.object({
  reading: optional(slugSchema.max(100)),
  type: optional(z.enum(QUESTION_TYPES)),
  kind: optional(z.enum(QUESTION_KINDS)),
  difficulty: optional(z.enum(["1", "2", "3"])),
  tag: optional(z.string().trim().min(1).max(50)),
  q: optional(z.string().trim().min(1).max(200)),
  retired: optional(z.literal("1")),
  page: optional(z.string().regex(/^[1-9]\d{0,3}$/)),
  preview: optional(z.string().regex(QUESTION_ID)),
});
export type BankParams = z.output<typeof bankParamsSchema>;

type RawParams = Record<string, string | string[] | undefined>;

export function parseBankParams(raw: RawParams): BankParams {
  const first = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return bankParamsSchema.parse(first);
}

export function toBankFilters(p: BankParams): BankFilters {
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

export const hasFilters = (p: BankParams) => Boolean(p.reading || p.type || p.kind || p.difficulty || p.tag || p.q || p.retired);

/** The bank's URL with some of its state changed (`undefined` removes a parameter). */
export function bankHref(params: BankParams, change: Partial<BankParams> = {}): string {
  const merged: Record<string, string | undefined> = { ...params, ...change };
  const search = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1])));
  const query = search.toString();
  return query ? `/instructor/bank?${query}` : "/instructor/bank";
}
