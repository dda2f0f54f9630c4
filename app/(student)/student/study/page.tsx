import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { requireRole } from "@/lib/auth/guard";
import { StudySession } from "./_components/study-session";

export const metadata: Metadata = { title: "Study" };

/** `?reading=<slug>` limits the session to one reading; `mode=exam` studies for its due date. */
export default async function StudyPage({ searchParams }: { searchParams: Promise<{ reading?: string | string[]; mode?: string | string[] }> }) {
  const user = await requireRole("STUDENT");
  const { reading, mode } = await searchParams;
  const slug = typeof reading === "string" && /^[a-z0-9-]{1,100}$/.test(reading) ? reading : undefined;
  const scope = { reading: slug, mode: mode === "exam" && slug ? ("exam" as const) : ("due" as const) };
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <BackLink href="/student">Today</BackLink>
        <h1 className="mt-2 text-2xl font-bold">{scope.mode === "exam" ? "Study for the due date" : "Study"}</h1>
      </div>
      <StudySession scope={scope} timeZone={user.timeZone} />
    </div>
  );
}
