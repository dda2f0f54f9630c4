import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { listOpenQuizzes } from "@/lib/quiz/student-quizzes";
import { getToday } from "@/lib/srs/queries";
import { formatDayAndTime } from "@/lib/zoned-time";
import { JoinClassForm } from "./_components/join-class-form";
import { OpenQuizzes } from "./_components/open-quizzes";
import { TodayClassCard } from "./_components/today-class";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireRole("STUDENT");
  const now = new Date();
  const [classes, quizzes] = await Promise.all([getToday({ studentId: user.id, now }), listOpenQuizzes({ studentId: user.id, now })]);
  const due = classes.reduce((sum, c) => sum + c.dueNow + c.newAvailable, 0);
  const next = classes.map((c) => c.nextDueAt).filter((at): at is string => at !== null).sort()[0];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          {/* The page is "Today" (title and nav); the greeting stays the heading other suites look for. */}
          <h1 className="text-2xl font-bold">Welcome, {user.name}</h1>
          <p className="text-slate-700">
            <span className="font-semibold">Today:</span>{" "}
            {due > 0
              ? `${due} ${due === 1 ? "card" : "cards"} to study.`
              : classes.length > 0
                ? `Nothing due${next ? ` — next review ${formatDayAndTime(next, now, user.timeZone)}` : ""}.`
                : "join a class to get your first cards."}
          </p>
        </div>
        {due > 0 && (
          <Link href="/student/study" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            Study ({due})
          </Link>
        )}
      </div>
      <OpenQuizzes quizzes={quizzes} now={now} timeZone={user.timeZone} />
      {classes.length === 0 ? (
        <Card title="Your classes">
          <EmptyState title="You are not in a class yet">Ask your instructor for a join code and enter it below.</EmptyState>
        </Card>
      ) : (
        classes.map((klass) => <TodayClassCard key={klass.classId} klass={klass} now={now} timeZone={user.timeZone} />)
      )}
      <Card title="Join another class">
        <JoinClassForm />
      </Card>
    </div>
  );
}
