import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guard";
import { loadAttemptState } from "@/lib/quiz/attempt-state";
import { AttemptSession } from "./_components/attempt-session";

export const metadata: Metadata = { title: "Quiz attempt" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requireRole("STUDENT");
  const { attemptId } = await params;
  const state = /^[A-Za-z0-9_-]{8,64}$/.test(attemptId) ? await loadAttemptState({ attemptId, studentId: user.id }) : null;
  if (!state) notFound();
  if (state.state === "finished") redirect(`/student/attempts/${attemptId}/review`);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div>
        <h1 className="text-2xl font-bold">{state.quizTitle}</h1>
        <p className="text-slate-700">Attempt {state.number}</p>
      </div>
      <AttemptSession initial={state} />
    </div>
  );
}
