import { requireApiUser } from "@/lib/auth/guard";
import { addStudentByEmail } from "@/lib/classes/roster";
import { emailInputSchema, idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";

/** `{ email }` of an existing student account → 201 `{ student }`. */
export const POST = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const { email } = await parseJson(req, emailInputSchema);
  return Response.json(await addStudentByEmail({ classId: params.classId, instructorId: user.id, email, now: new Date() }), { status: 201 });
});
