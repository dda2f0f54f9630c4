import { requireApiUser } from "@/lib/auth/guard";
import { removeStudent } from "@/lib/classes/mutations";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/handler";

export const DELETE = route<{ classId: string; studentId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success || !idSchema.safeParse(params.studentId).success) {
    throw new AppError("NOT_FOUND", "This student is not in this class.");
  }
  return removeStudent({ classId: params.classId, studentId: params.studentId, instructorId: user.id });
});
