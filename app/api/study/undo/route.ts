import { requireApiUser } from "@/lib/auth/guard";
import { parseJson, route } from "@/lib/http/handler";
import { undoSchema } from "@/lib/srs/schemas";
import { undoRating } from "@/lib/srs/undo-rating";

export const POST = route(async (req) => {
  const user = await requireApiUser("STUDENT");
  const { reviewLogId } = await parseJson(req, undoSchema);
  return undoRating({ studentId: user.id, reviewLogId });
});
