import { requireApiUser } from "@/lib/auth/guard";
import { removeCoInstructor } from "@/lib/classes/co-instructors";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/handler";

/** Removes a co-instructor (the owner cannot be removed: 409). */
export const DELETE = route<{ classId: string; userId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success || !idSchema.safeParse(params.userId).success) {
    throw new AppError("NOT_FOUND", "This instructor does not teach this class.");
  }
  return removeCoInstructor({ classId: params.classId, instructorId: user.id, userId: params.userId });
});
