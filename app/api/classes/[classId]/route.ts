import { requireApiUser } from "@/lib/auth/guard";
import { updateClass } from "@/lib/classes/mutations";
import { idSchema, updateClassSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";

/** `{ name?, archived? }`: rename and/or archive the class (owner or co-instructor). */
export const PATCH = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const input = await parseJson(req, updateClassSchema);
  return updateClass({ classId: params.classId, instructorId: user.id, ...input });
});
