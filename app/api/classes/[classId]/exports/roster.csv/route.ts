import { fileSlug, rosterCsv } from "@/lib/analytics/students-csv";
import { requireApiUser } from "@/lib/auth/guard";
import { getTeachingClass } from "@/lib/classes/queries";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/handler";
import { downloadResponse } from "@/lib/questions/export-bank";

/** The roster as CSV (Email, Name, Joined): the roster import reads it back. */
export const GET = route<{ classId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  const klass = idSchema.safeParse(params.classId).success ? await getTeachingClass({ classId: params.classId, instructorId: user.id }) : null;
  if (!klass) throw new AppError("NOT_FOUND", "Class not found.");
  const students = klass.enrollments.map((e) => ({ email: e.student.email, name: e.student.name, joinedAt: e.createdAt }));
  return downloadResponse({ filename: `${fileSlug(klass.name)}-roster.csv`, contentType: "text/csv; charset=utf-8", body: rosterCsv(students) });
});
