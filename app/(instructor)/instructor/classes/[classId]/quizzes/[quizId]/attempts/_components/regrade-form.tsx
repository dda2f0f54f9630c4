"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

type Result = { markedWith: string; version: number; regradedItems: number; changedItems: number; attempts: unknown[]; inProgress: number };

/** Regrade the finished attempts that used a question against the version the class uses now. */
export function RegradeForm({ quizId, questionIds }: { quizId: string; questionIds: string[] }) {
  const { send, error, pending } = useApi();
  const [result, setResult] = useState<Result | null>(null);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setResult(await send<Result>("POST", `/api/quizzes/${quizId}/regrade`, { questionId: f.get("questionId"), scope: f.get("scope") }));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <p className="text-sm text-slate-700">After correcting a question, re-mark every past attempt that used it against its current version. Attempts still in progress are graded when submitted.</p>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="regrade-question" className="block text-sm font-medium text-slate-800">Question</label>
          <select id="regrade-question" name="questionId" className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2">
            {questionIds.map((id) => <option key={id} value={id}>{id}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="regrade-scope" className="block text-sm font-medium text-slate-800">Attempts</label>
          <select id="regrade-scope" name="scope" className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2">
            <option value="all">All attempts</option>
            <option value="unreviewed">Only those not yet reviewed</option>
          </select>
        </div>
        <Button type="submit" disabled={pending}>Regrade</Button>
      </div>
      <FormError message={error?.message} />
      <p role="status" className="text-sm text-slate-800">
        {result && `Regraded against ${result.markedWith} version ${result.version}: ${result.regradedItems} answer(s) re-marked, ${result.changedItems} changed, in ${result.attempts.length} attempt(s).${result.inProgress ? ` ${result.inProgress} attempt(s) still in progress.` : ""}`}
      </p>
    </form>
  );
}
