import { z } from "zod";
import { requireApiUser } from "@/lib/auth/guard";
import { route } from "@/lib/http/handler";
import { parseWith } from "@/lib/parse-input";
import { bankFilterFields, toBankFilters } from "@/lib/questions/bank-filter-params";
import { downloadResponse, exportSelection, SELECTION_FORMATS } from "@/lib/questions/export-bank";

// Strict, unlike the bank page: a filter that cannot be read is refused rather than dropped, so an export never holds
// more than the teacher asked for.
const querySchema = z.strictObject({
  format: z.enum(SELECTION_FORMATS, { error: `format must be one of ${SELECTION_FORMATS.join(", ")}` }),
  ...Object.fromEntries(Object.entries(bankFilterFields).map(([key, schema]) => [key, schema.optional()])),
}) as unknown as z.ZodType<{ format: (typeof SELECTION_FORMATS)[number] } & Parameters<typeof toBankFilters>[0]>;

/** `?format=csv|gift|anki` and the bank page's filters: the questions those filters select (none: every bank). */
export const GET = route(async (req) => {
  const user = await requireApiUser("INSTRUCTOR");
  const { format, ...filters } = parseWith(querySchema, Object.fromEntries(new URL(req.url).searchParams));
  return downloadResponse(await exportSelection({ filters: toBankFilters(filters), format, viewer: user }));
});
