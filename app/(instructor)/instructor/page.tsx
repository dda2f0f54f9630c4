import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { formatJoinCode } from "@/lib/classes/join-code";
import { getClassSummaries } from "@/lib/analytics/class-summaries";
import { CreateClassForm } from "./_components/create-class-form";

export const metadata: Metadata = { title: "Your classes" };

export default async function InstructorHomePage() {
  const user = await requireRole("INSTRUCTOR");
  const classes = await getClassSummaries({ instructorId: user.id, now: new Date() });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Your classes</h1>
      <Card title="Classes">
        {classes.length === 0 ? (
          <EmptyState title="No classes yet">Create your first class below, then share its join code or invite link with your students.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {classes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <Link href={`/instructor/classes/${c.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {c.name}
                </Link>
                <span className="text-sm text-slate-600">
                  {c.students} student{c.students === 1 ? "" : "s"}
                  {c.atRisk !== null && (
                    <>
                      {" · "}
                      <span className={c.atRisk > 0 ? "font-medium text-red-800" : undefined}>{c.atRisk} at risk</span>
                    </>
                  )}
                  {c.dueSoon.length > 0 && <> · due soon: {c.dueSoon.map((d) => `${d.title} (${d.dueAt.slice(0, 10)})`).join(", ")}</>}
                  {" · "}
                  {c.archived ? "archived" : <>code <span className="font-mono">{formatJoinCode(c.joinCode)}</span></>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Create a class">
        <CreateClassForm />
      </Card>
    </div>
  );
}
