"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

export type AccommodationView = { timeMultiplier: number; extraSeconds: number; extraAttempts: number; note: string | null };

function summary(a: AccommodationView | null): string {
  if (!a) return "None";
  const parts = [a.timeMultiplier !== 1 && `×${a.timeMultiplier} time`, a.extraSeconds > 0 && `+${Math.round(a.extraSeconds / 60)} min`, a.extraAttempts > 0 && `+${a.extraAttempts} attempt${a.extraAttempts === 1 ? "" : "s"}`].filter(Boolean);
  return parts.length ? parts.join(", ") : "None";
}

/**
 * A student's accommodation in this class (every quiz, including an attempt in progress): extra time as a multiplier
 * and/or minutes, extra attempts, a note. Opened from the roster row.
 */
export function AccommodationEditor({ classId, student, current }: { classId: string; student: { id: string; name: string }; current: AccommodationView | null }) {
  const { send, error, pending } = useApi();
  const [isOpen, setOpen] = useState(false);
  const id = useId();
  const url = `/api/classes/${classId}/accommodations/${student.id}`;
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const note = String(f.get("note") ?? "").trim();
    const ok = await send("PUT", url, { timeMultiplier: Number(f.get("timeMultiplier") || 1), extraMinutes: Number(f.get("extraMinutes") || 0), extraAttempts: Number(f.get("extraAttempts") || 0), note: note || null });
    if (ok) setOpen(false);
  }
  return (
    <div className="space-y-1">
      <p className="text-sm">{summary(current)}{current?.note ? <span className="text-slate-600"> — {current.note}</span> : null}</p>
      <Button type="button" variant="secondary" className="min-h-8 px-3 py-1" aria-expanded={isOpen} aria-controls={id} onClick={() => setOpen(!isOpen)}>
        {current ? "Edit" : "Add"} accommodation<span className="sr-only"> for {student.name}</span>
      </Button>
      <form id={id} hidden={!isOpen} onSubmit={onSubmit} aria-label={`Accommodation for ${student.name}`} className="mt-2 space-y-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
        <div className="grid gap-2 sm:grid-cols-3">
          <label className="text-sm">Time multiplier<input name="timeMultiplier" type="number" min={1} max={5} step={0.05} defaultValue={current?.timeMultiplier ?? 1} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1" /></label>
          <label className="text-sm">Extra minutes<input name="extraMinutes" type="number" min={0} max={1440} step={1} defaultValue={current ? Math.round(current.extraSeconds / 60) : 0} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1" /></label>
          <label className="text-sm">Extra attempts<input name="extraAttempts" type="number" min={0} max={20} step={1} defaultValue={current?.extraAttempts ?? 0} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1" /></label>
        </div>
        <label className="block text-sm">Note (only instructors see it)<input name="note" maxLength={1000} defaultValue={current?.note ?? ""} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1" /></label>
        <FormError message={error?.message} />
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>Save accommodation</Button>
          {current && <Button type="button" variant="danger" disabled={pending} onClick={async () => { if (await send("DELETE", url)) setOpen(false); }}>Remove accommodation</Button>}
        </div>
      </form>
    </div>
  );
}
