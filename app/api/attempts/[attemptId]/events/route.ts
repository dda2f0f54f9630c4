import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { eventBodySchema, recordConnectionEvent } from "@/lib/quiz/record-event";
import { idSchema } from "@/lib/quiz/schemas";

// The page's connection reports (lost, regained) for the attempt's timeline.
export const POST = route<{ attemptId: string }>(async (req, { params }) => {
  const user = await requireApiUser("STUDENT");
  if (!idSchema.safeParse(params.attemptId).success) throw new AppError("NOT_FOUND", "This attempt does not exist.");
  const body = await parseJson(req, eventBodySchema);
  return recordConnectionEvent({ attemptId: params.attemptId, studentId: user.id, ...body });
});
