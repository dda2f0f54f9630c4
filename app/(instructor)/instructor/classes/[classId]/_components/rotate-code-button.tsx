"use client";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

export function RotateCodeButton({ classId }: { classId: string }) {
  const { send, error, pending } = useApi();
  async function rotate() {
    if (!window.confirm("Make a new join code? The current code will stop working.")) return;
    await send("POST", `/api/classes/${classId}/join-code`);
  }
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={rotate} disabled={pending}>
        {pending ? "Rotating…" : "Rotate code"}
      </Button>
      <FormError message={error?.message} />
    </div>
  );
}
