import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { listStudentClasses } from "@/lib/classes/queries";
import { JoinClassForm } from "./_components/join-class-form";

export const metadata: Metadata = { title: "Today" };

export default async function StudentHomePage() {
  const user = await requireRole("STUDENT");
  const classes = await listStudentClasses({ studentId: user.id });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Welcome, {user.name}</h1>
      <Card title="Your classes">
        {classes.length === 0 ? (
          <EmptyState title="You are not in a class yet">Ask your instructor for a join code and enter it below.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {classes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span className="font-medium">
                  {c.name}
                  {c.archived && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">Archived</span>}
                </span>
                <span className="text-sm text-slate-600">{c.instructor && `with ${c.instructor}`}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Join another class">
        <JoinClassForm />
      </Card>
    </div>
  );
}
