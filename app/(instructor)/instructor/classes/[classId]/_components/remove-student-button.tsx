"use client";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

export function RemoveStudentButton({ classId, studentId, studentName }: { classId: string; studentId: string; studentName: string }) {
  const { send, error, pending } = useApi();
  async function remove() {
    if (!window.confirm(`Remove ${studentName} from this class?`)) return;
    await send("DELETE", `/api/classes/${classId}/students/${studentId}`);
  }
  return (
    <>
      <Button variant="danger" onClick={remove} disabled={pending} aria-label={`Remove ${studentName}`} className="min-h-8 px-3 py-1">
        Remove
      </Button>
      <FormError message={error?.message} />
    </>
  );
}
