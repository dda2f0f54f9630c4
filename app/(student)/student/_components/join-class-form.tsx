"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { joinedMessage, takeJoinedClass } from "@/components/joined-class-flash";
import { useApi } from "@/components/use-api";

export function JoinClassForm() {
  const { send, error, pending } = useApi();
  const [joined, setJoined] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Arriving from an invite link (/join): that page joined the class; say which one here.
  useEffect(() => setJoined(takeJoinedClass()), []);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setJoined(null);
    const result = await send<{ className: string }>("POST", "/api/enrollments", { joinCode: new FormData(e.currentTarget).get("joinCode") });
    if (result) {
      setJoined(result.className);
      formRef.current?.reset();
    }
  }

  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={error && !error.fields ? error.message : undefined} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field label="Join code" name="joinCode" required autoComplete="off" placeholder="ABCD-2345" error={error?.fields?.joinCode} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Joining…" : "Join class"}
        </Button>
      </div>
      <p role="status" className="text-sm font-medium text-green-800">
        {joined ? joinedMessage(joined) : ""}
      </p>
    </form>
  );
}
