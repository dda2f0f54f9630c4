import { requireApiUser } from "@/lib/auth/guard";
import { parseJson, route } from "@/lib/http/handler";
import { studentOverrideSchema } from "@/lib/srs/schemas";
import { updateStudentSrsOverride } from "@/lib/srs/settings";

export const PUT = route(async (req) => {
  const user = await requireApiUser("STUDENT");
  const input = await parseJson(req, studentOverrideSchema);
  return updateStudentSrsOverride({ studentId: user.id, input });
});
