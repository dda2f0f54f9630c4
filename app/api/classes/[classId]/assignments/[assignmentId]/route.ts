import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { setAssignmentDueDate, unassignReading } from "@/lib/srs/assignments";
import { updateAssignmentSchema } from "@/lib/srs/schemas";

type Params = { classId: string; assignmentId: string };

async function guard(params: Params) {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success || !idSchema.safeParse(params.assignmentId).success) {
    throw new AppError("NOT_FOUND", "This reading is not assigned to this class.");
  }
  return user;
}

export const PATCH = route<Params>(async (req, { params }) => {
  const user = await guard(params);
  const { dueAt } = await parseJson(req, updateAssignmentSchema);
  return setAssignmentDueDate({ ...params, instructorId: user.id, dueAt });
});

export const DELETE = route<Params>(async (_req, { params }) => {
  const user = await guard(params);
  return unassignReading({ ...params, instructorId: user.id, now: new Date() });
});
