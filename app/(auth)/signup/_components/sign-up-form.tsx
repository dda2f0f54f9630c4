"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useApi } from "@/components/use-api";
import { EMAIL_TAKEN } from "@/lib/users/messages";

type Props = { initialJoinCode: string; invitation: { token: string; email: string } | null };

/** A student signs up with a join code; an invited instructor with the invitation from the link (no role to pick). */
export function SignUpForm({ initialJoinCode, invitation }: Props) {
  const { send, error, pending } = useApi();
  const fields = error?.fields ?? {};

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      name: form.get("name"),
      email: invitation ? invitation.email : form.get("email"),
      password: form.get("password"),
      ...(invitation ? { invitation: invitation.token } : { joinCode: form.get("joinCode") }),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    const created = await send("POST", "/api/signup", body);
    if (!created) return;
    const res = await signIn("credentials", { email: body.email, password: body.password, redirect: false });
    window.location.assign(res && !res.error ? "/" : "/login");
  }

  const problems = Object.keys(fields).length;
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={error && !problems ? error.message : undefined} />
      {problems > 1 && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200">
          Please fix the {problems} problems below.
        </p>
      )}
      {problems === 1 && <p role="alert" className="sr-only">{Object.values(fields)[0]}</p>}
      <Field label="Name" name="name" autoComplete="name" required maxLength={100} error={fields.name} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        readOnly={!!invitation}
        defaultValue={invitation?.email}
        hint={invitation ? "The address you were invited with." : undefined}
        error={fields.email}
      />
      {fields.email === EMAIL_TAKEN && (
        <p className="text-sm">
          <Link href="/login" className="font-medium text-brand-700 underline">
            Sign in instead.
          </Link>
        </p>
      )}
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Long passphrases are welcome; common passwords, sequences and your own name or email are refused."
        error={fields.password}
      />
      {invitation ? null : (
        <Field
          label="Class join code"
          name="joinCode"
          defaultValue={initialJoinCode}
          autoComplete="off"
          required
          hint="Your instructor gives you this code, e.g. ABCD-2345."
          error={fields.joinCode}
        />
      )}
      {fields.invitation && <FormError message={fields.invitation} />}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
