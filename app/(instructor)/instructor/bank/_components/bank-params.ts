// The bank browser's state lives in the URL, so a filtered list can be bookmarked, shared and reloaded. Anything
// malformed in it is dropped rather than refused: a bad link shows the whole bank, not an error.
import { z } from "zod";
import { bankFilterFields, type BankFilterParams } from "@/lib/questions/bank-filter-params";
import { QUESTION_ID } from "@/lib/questions/question-id";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const bankParamsSchema = z.object({
  ...Object.fromEntries(Object.entries(bankFilterFields).map(([key, schema]) => [key, optional(schema)])),
  page: optional(z.string().regex(/^[1-9]\d{0,3}$/)),
  preview: optional(z.string().regex(QUESTION_ID)),
}) as z.ZodType<BankParams>;
export type BankParams = BankFilterParams & { page?: string; preview?: string };

type RawParams = Record<string, string | string[] | undefined>;

export function parseBankParams(raw: RawParams): BankParams {
  const first = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return bankParamsSchema.parse(first);
}

/** The bank's URL with some of its state changed (`undefined` removes a parameter). */
export function bankHref(params: BankParams, change: Partial<BankParams> = {}): string {
  const merged: Record<string, string | undefined> = { ...params, ...change };
  const search = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1])));
  const query = search.toString();
  return query ? `/instructor/bank?${query}` : "/instructor/bank";
}
