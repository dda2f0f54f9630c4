import { z } from "zod";
import { requireApiUser } from "@/lib/auth/guard";
import { route } from "@/lib/http/handler";
import { parseWith } from "@/lib/parse-input";
import { downloadResponse, EXPORT_FORMATS, exportBank } from "@/lib/questions/export-bank";

const querySchema = z.object({ format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` }) });

/** `?format=yaml|csv|gift|anki`: the bank of a reading (or of "synthesis") as a file to download. */
export const GET = route<{ slug: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  const { format } = parseWith(querySchema, Object.fromEntries(new URL(req.url).searchParams));
  return downloadResponse(await exportBank({ slug: params.slug, format, viewer: user }));
});
