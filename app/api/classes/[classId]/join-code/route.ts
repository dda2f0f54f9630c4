import { requireApiUser } from "@/lib/auth/guard";
import { rotateJoinCode } from "@/lib/classes/mutations";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/handler";

export const POST = route<{ classId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  return rotateJoinCode({ classId: params.classId, instructorId: user.id });
});
