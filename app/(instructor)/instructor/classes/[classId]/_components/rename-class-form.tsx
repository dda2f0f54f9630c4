"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

/** The class name, with a small form to change it. */
export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const { send, error, pending } = useApi();
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <Button variant="secondary" className="min-h-8 px-3 py-1" onClick={() => setEditing(true)}>
        Rename
      </Button>
    );
  }
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (await send("PATCH", `/api/classes/${classId}`, { name: new FormData(e.currentTarget).get("name") })) setEditing(false);
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
      <label className="text-sm font-medium text-slate-800">
        Class name
        <input name="name" defaultValue={name} required maxLength={120} autoFocus className="mt-1 block w-64 max-w-full rounded-md border border-slate-300 px-3 py-1.5" />
      </label>
      <Button type="submit" disabled={pending} className="min-h-8 px-3 py-1">Save name</Button>
      <Button type="button" variant="secondary" className="min-h-8 px-3 py-1" onClick={() => setEditing(false)}>Cancel</Button>
      <div className="w-full"><FormError message={error?.message} /></div>
    </form>
  );
}
