// The responses the answering widgets produce: the shapes lib/questions/response-schema.ts accepts, so the same
// marking reads them whether it runs in the browser (the instructor's preview) or on the server (quizzes).
import type { ResponseOf } from "@/lib/questions/response-schema";
import type { QuestionType } from "@/lib/questions/schema";
import type { StudentView } from "@/lib/questions/student-view";

export type StudentResponse = ResponseOf<QuestionType>;

/** The response before the student does anything: ordering starts from the order shown, the rest from nothing. */
export function emptyResponse(view: StudentView): StudentResponse | null {
  if (view.type === "ordering") return view.items;
  if (view.type === "matching") return {};
  return null;
}
