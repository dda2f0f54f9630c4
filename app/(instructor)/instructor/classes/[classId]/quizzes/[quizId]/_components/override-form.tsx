"use client";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";
import type { QuizOverrideRow } from "@/lib/quiz/overrides";
import { readWhen, WhenFields } from "./settings-form";

/** One student's own window and attempts for this quiz (empty: the quiz's). */
export function OverrideForm({ quizId, students, timeZone }: { quizId: string; students: QuizOverrideRow[]; timeZone: string }) {
  const { send, error, pending } = useApi();
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const attempts = String(f.get("attempts") ?? "");
    await send("PUT", `/api/quizzes/${quizId}/overrides/${f.get("studentId")}`, {
      opensAt: readWhen(f, "ovOpens", timeZone),
      closesAt: readWhen(f, "ovCloses", timeZone),
      attemptsAllowed: attempts === "" ? null : Number(attempts),
    });
  }
  if (students.length === 0) return <p className="text-sm text-slate-600">No students in the class yet.</p>;
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div>
        <label htmlFor="override-student" className="block text-sm font-medium text-slate-800">Student</label>
        <select id="override-student" name="studentId" className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2">
          {students.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <WhenFields name="ovOpens" label="Opens for them" iso={null} timeZone={timeZone} />
        <WhenFields name="ovCloses" label="Closes for them" iso={null} timeZone={timeZone} />
      </div>
      <div>
        <label htmlFor="override-attempts" className="block text-sm font-medium text-slate-800">Attempts allowed for them</label>
        <input id="override-attempts" name="attempts" type="number" min={0} max={100} className="mt-1 w-28 rounded-md border border-slate-300 px-3 py-2" />
        <p className="text-sm text-slate-600">Empty: the quiz&apos;s number plus any accommodation; 0: unlimited.</p>
      </div>
      <FormError message={error?.message} />
      <Button type="submit" disabled={pending}>Save override</Button>
    </form>
  );
}
