import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/handler";
import { optimizeClass } from "@/lib/srs/optimize/optimize-class";

export const POST = route<{ classId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  return optimizeClass({ classId: params.classId, instructorId: user.id, now: new Date() });
});
