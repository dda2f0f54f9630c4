import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/guard";

// The role is checked here, above the pages' loading skeletons, and not only in the pages: once a skeleton has been
// streamed the status is sent, so a notFound() in a page under a loading.tsx would answer 200 instead of 404.
export default async function InstructorLayout({ children }: { children: ReactNode }) {
  await requireRole("INSTRUCTOR");
  return children;
}
