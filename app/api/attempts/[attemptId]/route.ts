import { requireApiUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/handler";
import { loadAttemptState } from "@/lib/quiz/attempt-state";
import { idSchema } from "@/lib/quiz/schemas";

// The attempt as its student may see it now, with the server's clock (serverNow) for the page's clock offset.
export const GET = route<{ attemptId: string }>(async (_req, { params }) => {
  const user = await requireApiUser("STUDENT");
  const state = idSchema.safeParse(params.attemptId).success ? await loadAttemptState({ attemptId: params.attemptId, studentId: user.id }) : null;
  if (!state) throw new AppError("NOT_FOUND", "This attempt does not exist.");
  return state;
});
