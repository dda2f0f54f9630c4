import { requireApiUser } from "@/lib/auth/guard";
import { route } from "@/lib/http/handler";
import { parseWith } from "@/lib/parse-input";
import { queueQuerySchema } from "@/lib/srs/schemas";
import { getStudyQueue } from "@/lib/srs/study-queue";

export const GET = route(async (req) => {
  const user = await requireApiUser("STUDENT");
  const q = new URL(req.url).searchParams;
  const { reading, mode, limit } = parseWith(queueQuerySchema, { reading: q.get("reading"), mode: q.get("mode") ?? undefined, limit: q.get("limit") ?? undefined });
  return getStudyQueue({ studentId: user.id, now: new Date(), readingSlug: reading ?? null, mode, limit });
});
