import { requireApiUser } from "@/lib/auth/guard";
import { setClassArchived } from "@/lib/classes/mutations";
import { idSchema, updateClassSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";

export const PATCH = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const { archived } = await parseJson(req, updateClassSchema);
  return setClassArchived({ classId: params.classId, instructorId: user.id, archived });
});
