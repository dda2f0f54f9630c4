"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";
import { DueDateFields, readDueAt } from "./due-date-fields";

type Props = { classId: string; assignmentId: string; title: string; dueAt: string | null; timeZone: string; zone: string };

/** "Change due date" opens a small form in the row; an empty date removes the due date. */
export function ChangeDueForm({ classId, assignmentId, title, dueAt, timeZone, zone }: Props) {
  const { send, error, pending } = useApi();
  const [open, setOpen] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const ok = await send("PATCH", `/api/classes/${classId}/assignments/${assignmentId}`, { dueAt: readDueAt(new FormData(e.currentTarget), timeZone) });
    if (ok) setOpen(false);
  }

  if (!open)
    return (
      <Button variant="secondary" className="min-h-8 px-3 py-1" aria-label={`Change due date of ${title}`} onClick={() => setOpen(true)}>
        Change due date
      </Button>
    );
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label={`Due date of ${title}`}>
      <DueDateFields idPrefix={`due-${assignmentId}`} timeZone={timeZone} zone={zone} dueAt={dueAt} />
      <FormError message={error?.message} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} className="min-h-8 px-3 py-1">
          Save due date
        </Button>
        <Button type="button" variant="secondary" className="min-h-8 px-3 py-1" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
