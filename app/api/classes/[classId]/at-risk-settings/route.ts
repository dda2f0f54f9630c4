import { saveAtRiskSettings, atRiskSettingsSchema } from "@/lib/analytics/at-risk-settings";
import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";

/** The class's at-risk thresholds, all five fields (lib/analytics/at-risk-rules.ts says what each one flags). */
export const PUT = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const settings = await parseJson(req, atRiskSettingsSchema);
  return saveAtRiskSettings({ classId: params.classId, instructorId: user.id, settings });
});
