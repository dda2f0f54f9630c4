import { exportGradebook, csvResponse } from "@/lib/analytics/exports";
import { requireApiUser } from "@/lib/auth/guard";
import { route } from "@/lib/http/handler";

/** The class's gradebook as CSV: one row per student, one column per quiz (its grading method), the total. */
export const GET = route<{ classId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  return csvResponse(await exportGradebook({ classId: params.classId, instructorId: user.id }));
});
