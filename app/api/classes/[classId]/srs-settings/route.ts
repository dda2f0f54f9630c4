import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { srsSettingsSchema } from "@/lib/srs/schemas";
import { updateClassSrsSettings } from "@/lib/srs/settings";

export const PUT = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const input = await parseJson(req, srsSettingsSchema);
  return updateClassSrsSettings({ classId: params.classId, instructorId: user.id, input });
});
