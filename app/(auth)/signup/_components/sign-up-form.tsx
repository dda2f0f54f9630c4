"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useApi } from "@/components/use-api";

type Role = "STUDENT" | "INSTRUCTOR";

export function SignUpForm({ initialJoinCode }: { initialJoinCode: string }) {
  const [role, setRole] = useState<Role>("STUDENT");
  const { send, error, pending } = useApi();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      role,
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
      joinCode: role === "STUDENT" ? form.get("joinCode") : undefined,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    const created = await send("POST", "/api/signup", body);
    if (!created) return;
    const res = await signIn("credentials", { email: body.email, password: body.password, redirect: false });
    window.location.assign(res && !res.error ? "/" : "/login");
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={error?.message} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">I am</legend>
        <div className="flex gap-3">
          {(["STUDENT", "INSTRUCTOR"] as const).map((r) => (
            <label key={r} className="flex flex-1 cursor-pointer items-center gap-2 rounded-md bg-white px-3 py-2 ring-1 ring-slate-300 has-checked:ring-2 has-checked:ring-brand-600">
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              {r === "STUDENT" ? "a student" : "an instructor"}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Name" name="name" autoComplete="name" required maxLength={100} error={error?.fields?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={error?.fields?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters. Long passphrases are welcome; very common passwords are refused."
        error={error?.fields?.password}
      />
      {role === "STUDENT" && (
        <Field
          label="Class join code"
          name="joinCode"
          defaultValue={initialJoinCode}
          autoComplete="off"
          required
          hint="Your instructor gives you this code, e.g. ABCD-2345."
          error={error?.fields?.joinCode}
        />
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
