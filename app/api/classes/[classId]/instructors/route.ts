import { requireApiUser } from "@/lib/auth/guard";
import { addCoInstructor } from "@/lib/classes/co-instructors";
import { emailInputSchema, idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";

/** `{ email }` of an instructor account → 201 `{ instructor }`. */
export const POST = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const { email } = await parseJson(req, emailInputSchema);
  return Response.json(await addCoInstructor({ classId: params.classId, instructorId: user.id, email }), { status: 201 });
});
