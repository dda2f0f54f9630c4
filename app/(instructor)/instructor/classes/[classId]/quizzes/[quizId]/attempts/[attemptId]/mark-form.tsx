"use client";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

/** The instructor's mark for one question of an attempt, with the reason (kept in the history). Empty: automatic. */
export function MarkForm({ attemptId, position, points, current }: { attemptId: string; position: number; points: number; current: number | null }) {
  const { send, error, pending } = useApi();
  const id = useId();
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const mark = String(f.get("mark") ?? "");
    await send("PUT", `/api/attempts/${attemptId}/items/${position}/mark`, { mark: mark === "" ? null : Number(mark), comment: f.get("comment") });
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={`${id}-mark`} className="block text-sm font-medium text-slate-800">Mark for question {position} (of {points})</label>
        <input id={`${id}-mark`} name="mark" type="number" min={0} max={points} step="any" defaultValue={current ?? ""} className="mt-1 w-24 rounded-md border border-slate-300 px-2 py-1.5" />
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-slate-800">Comment for question {position}</label>
        <input id={`${id}-comment`} name="comment" required maxLength={1000} className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5" />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>Save mark<span className="sr-only"> for question {position}</span></Button>
      <div className="w-full"><FormError message={error?.message} /></div>
    </form>
  );
}
