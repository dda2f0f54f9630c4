"use client";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";
import type { AssignableReading } from "@/lib/srs/types";
import { DueDateFields, readDueAt } from "./due-date-fields";

type Props = { classId: string; readings: AssignableReading[]; timeZone: string; zone: string };

export function AssignReadingForm({ classId, readings, timeZone, zone }: Props) {
  const { send, error, pending } = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const open = readings.filter((r) => !r.assigned);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const ok = await send("POST", `/api/classes/${classId}/assignments`, { readingSlug: form.get("readingSlug"), dueAt: readDueAt(form, timeZone) });
    if (ok) formRef.current?.reset();
  }

  if (open.length === 0) return <p className="text-sm text-slate-600">Every reading is assigned to this class.</p>;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <div>
        <label htmlFor="assign-reading" className="block text-sm font-medium text-slate-800">
          Reading
        </label>
        <select id="assign-reading" name="readingSlug" required className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2">
          {open.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.title} ({r.questions} questions)
            </option>
          ))}
        </select>
      </div>
      <DueDateFields idPrefix="assign-due" timeZone={timeZone} zone={zone} />
      <FormError message={error?.message} />
      <Button type="submit" disabled={pending}>
        Assign reading
      </Button>
    </form>
  );
}
