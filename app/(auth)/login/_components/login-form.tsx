"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";

/** `returnTo`: a same-site path already checked by the page (lib/auth/callback-url.ts), or null for the user's home. */
export function LoginForm({ returnTo }: { returnTo: string | null }) {
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError("");
    const form = new FormData(e.currentTarget);
    const target = returnTo ?? "/";
    // An explicit, absolute callbackUrl: NextAuth's default is this page's own URL, whatever length someone gave it.
    const callbackUrl = new URL(target, window.location.origin).href;
    const res = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false, callbackUrl });
    if (res && !res.error) {
      window.location.assign(target); // full load: the header and every server component see the new session
      return;
    }
    setPending(false);
    // The server's message is generic ("Invalid email or password.") or a lock notice; never which part was wrong.
    setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "Invalid email or password.");
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={error} />
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
