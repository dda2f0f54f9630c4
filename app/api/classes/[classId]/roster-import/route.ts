import { requireApiUser } from "@/lib/auth/guard";
import { importRoster } from "@/lib/classes/roster-import";
import { idSchema, rosterImportSchema } from "@/lib/classes/schemas";
import { AppError } from "@/lib/errors";
import { parseJson, route } from "@/lib/http/handler";

/**
 * `{ mode: "preview" | "commit", csv }` (email[,name] per line, optional header). Preview → 200 `{ committed: false,
 * rows, counts }`; commit → 200 `{ committed: true, … }`, or 400 with a message per bad line and nothing written.
 */
export const POST = route<{ classId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  if (!idSchema.safeParse(params.classId).success) throw new AppError("NOT_FOUND", "Class not found.");
  const { mode, csv } = await parseJson(req, rosterImportSchema);
  return importRoster({ classId: params.classId, instructorId: user.id, csv, commit: mode === "commit", now: new Date() });
});
