import { csvResponse, exportItemAnalysis, itemAnalysisQuerySchema } from "@/lib/analytics/exports";
import { requireApiUser } from "@/lib/auth/guard";
import { route } from "@/lib/http/handler";
import { parseWith } from "@/lib/parse-input";

/** `?attempts=first|all`: the quiz's item analysis as CSV, one row per question. */
export const GET = route<{ quizId: string }>(async (req, { params }) => {
  const user = await requireApiUser("INSTRUCTOR");
  const { attempts } = parseWith(itemAnalysisQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  return csvResponse(await exportItemAnalysis({ quizId: params.quizId, instructorId: user.id, which: attempts }));
});
