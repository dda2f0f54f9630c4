import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { assignReading } from "@/lib/srs/assignments";
import { assignSchema } from "@/lib/srs/schemas";

export const POST = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const { readingSlug, dueAt } = await parseJson(req, assignSchema);
  return assignReading({ classId: params.classId, instructorId: user.id, readingSlug, dueAt, now: new Date() });
});
