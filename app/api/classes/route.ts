import { requireApiUser } from "@/lib/auth/guard";
import { createClass } from "@/lib/classes/mutations";
import { createClassSchema } from "@/lib/classes/schemas";
import { parseJson, route } from "@/lib/http/handler";

export const POST = route(async (req) => {
  const user = await requireApiUser("INSTRUCTOR");
  const { name } = await parseJson(req, createClassSchema);
  const created = await createClass({ instructorId: user.id, name });
  return Response.json({ class: created }, { status: 201 });
});
