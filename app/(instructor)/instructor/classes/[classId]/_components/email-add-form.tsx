"use client";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

/** One email field that POSTs `{ email }`: adds a student to the roster or a co-instructor to the class. */
export function EmailAddForm({ url, label, submitLabel, hint }: { url: string; label: string; submitLabel: string; hint?: string }) {
  const { send, error, pending } = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const id = `add-${submitLabel.replace(/\W+/g, "-").toLowerCase()}`;
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (await send("POST", url, { email: new FormData(e.currentTarget).get("email") })) formRef.current?.reset();
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
          <input id={id} name="email" type="email" required autoComplete="off" aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1 block w-72 max-w-full rounded-md border border-slate-300 px-3 py-1.5" />
        </div>
        <Button type="submit" disabled={pending} className="min-h-9 px-3 py-1.5">{submitLabel}</Button>
      </div>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      <FormError message={error?.fields?.email ?? error?.message} />
    </form>
  );
}
