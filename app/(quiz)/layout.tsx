import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/guard";

// The student's quiz pages live in their own route group, outside /student's loading skeleton: a quiz or an attempt
// that is not the student's must answer 404, and once a skeleton has been streamed the status is already 200
// (see app/(student)/student/layout.tsx).
export default async function QuizLayout({ children }: { children: ReactNode }) {
  await requireRole("STUDENT");
  return children;
}
