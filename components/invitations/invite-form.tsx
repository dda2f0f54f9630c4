"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useApi } from "@/components/use-api";

/** Invites one person to teach and shows the link once: only its hash is stored, so it cannot be shown again. */
export function InviteForm() {
  const { send, error, pending } = useApi();
  const [sent, setSent] = useState<{ email: string; link: string } | null>(null);
  const [copied, setCopied] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setCopied(false);
    const created = await send<{ invitation: { email: string }; path: string }>("POST", "/api/invitations", { email: new FormData(form).get("email") });
    if (!created) return;
    setSent({ email: created.invitation.email, link: `${window.location.origin}${created.path}` });
    form.reset();
  }

  return (
    <div className="space-y-4">
      <form method="post" onSubmit={onSubmit} className="space-y-3" noValidate>
        <FormError message={error && !error.fields ? error.message : undefined} />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <Field label="Their email address" name="email" type="email" autoComplete="off" required error={error?.fields?.email} />
          </div>
          <Button type="submit" disabled={pending}>
            {pending ? "Inviting…" : "Create invitation"}
          </Button>
        </div>
      </form>
      {sent && (
        <div role="status" className="space-y-2 rounded-md bg-green-50 p-3 text-sm text-green-900 ring-1 ring-green-200">
          <p>
            Send this link to <strong>{sent.email}</strong>. It works once, for 7 days, for that address only, and is shown only now.
          </p>
          <label className="block">
            <span className="sr-only">Invitation link</span>
            <input readOnly value={sent.link} onFocus={(e) => e.currentTarget.select()} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm" />
          </label>
          <Button
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(sent.link);
              setCopied(true);
            }}
          >
            {copied ? "Link copied" : "Copy link"}
          </Button>
        </div>
      )}
    </div>
  );
}
