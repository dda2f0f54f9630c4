import { requireApiUser } from "@/lib/auth/guard";
import { idSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";
import { removeAccommodation, setAccommodation } from "@/lib/quiz/accommodations";
import { accommodationSchema } from "@/lib/quiz/quiz-schemas";

type P = { classId: string; studentId: string };

function checkIds(params: P) {
  if (!idSchema.safeParse(params.classId).success || !idSchema.safeParse(params.studentId).success) throw new AppError("NOT_FOUND", "This student is not in this class.");
}

export const PUT = route<P>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  checkIds(params);
  const input = await parseJson(req, accommodationSchema);
  return setAccommodation({ ...params, instructorId: user.id, input, now: new Date() });
});

export const DELETE = route<P>(async (_req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  checkIds(params);
  return removeAccommodation({ ...params, instructorId: user.id, now: new Date() });
});
