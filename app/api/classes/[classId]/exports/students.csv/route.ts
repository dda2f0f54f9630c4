import { getClassProgress } from "@/lib/analytics/class-progress";
import { fileSlug, studentsCsv } from "@/lib/analytics/students-csv";
import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/handler";
import { downloadResponse } from "@/lib/questions/export-bank";

/** The class progress table as CSV, one row per student. */
export const GET = route<{ classId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const progress = await getClassProgress({ classId: params.classId, instructorId: user.id, now: new Date() });
  return downloadResponse({ filename: `${fileSlug(progress.class.name)}-students.csv`, contentType: "text/csv; charset=utf-8", body: studentsCsv(progress) });
});
