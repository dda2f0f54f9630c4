import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/guard";

// The role is checked here, above the page's loading skeleton: once a skeleton has been streamed the status is sent,
// so a notFound() in the page would answer 200 instead of 404.
export default async function StudentLayout({ children }: { children: ReactNode }) {
  await requireRole("STUDENT");
  return children;
}
