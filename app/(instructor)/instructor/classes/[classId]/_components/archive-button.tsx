"use client";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";

export function ArchiveButton({ classId, archived }: { classId: string; archived: boolean }) {
  const { send, error, pending } = useApi();
  async function toggle() {
    if (!archived && !window.confirm("Archive this class? Its join code stops working; you can unarchive it later.")) return;
    await send("PATCH", `/api/classes/${classId}`, { archived: !archived });
  }
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={toggle} disabled={pending}>
        {archived ? "Unarchive class" : "Archive class"}
      </Button>
      <FormError message={error?.message} />
    </div>
  );
}
