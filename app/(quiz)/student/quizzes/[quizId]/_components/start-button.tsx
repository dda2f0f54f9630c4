"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { sendJson } from "@/lib/send-json";

/** Start (or resume) on the server, then open the attempt. A double click starts one attempt (the server resumes). */
export function StartButton({ quizId, label }: { quizId: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function start() {
    setPending(true);
    setError(undefined);
    const outcome = await sendJson<{ attemptId: string }>("POST", `/api/quizzes/${encodeURIComponent(quizId)}/attempts`);
    if (outcome.ok) return router.push(`/student/attempts/${outcome.data.attemptId}`);
    setError(outcome.error.message);
    setPending(false);
  }

  return (
    <div className="space-y-2">
      <Button onClick={start} disabled={pending}>{pending ? "Starting…" : label}</Button>
      <FormError message={error} />
    </div>
  );
}
