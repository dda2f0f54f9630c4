import { route } from "@/lib/http/handler";
import { parseWith } from "@/lib/parse-input";
import { queueQuerySchema } from "@/lib/srs/schemas";
import { requireStudentClaims } from "@/lib/srs/session-claims";
import { getStudyQueue } from "@/lib/srs/study-queue";

// A hot path too (fetched every few cards): session claims, no NextAuth request context (lib/http/fast-lane.ts).
export const GET = route(async (req) => {
  const { userId } = await requireStudentClaims(req);
  const q = new URL(req.url).searchParams;
  const { reading, mode, limit } = parseWith(queueQuerySchema, { reading: q.get("reading"), mode: q.get("mode") ?? undefined, limit: q.get("limit") ?? undefined });
  return getStudyQueue({ studentId: userId, now: new Date(), readingSlug: reading ?? null, mode, limit });
});
