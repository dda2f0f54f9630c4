"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";
import type { SavedQuestion } from "@/lib/questions/edit-question";

type Props = { questionId: string; version: number; current: number; /** A shipped question, for an instructor: restoring makes their copy. */ asCopy: boolean };

/** Writes this version's content again as a new version, then opens the editor on it. */
export function RestoreVersionButton({ questionId, version, current, asCopy }: Props) {
  const router = useRouter();
  const { send, error, pending } = useApi();
  async function restore() {
    const saved = await send<SavedQuestion>("POST", `/api/questions/${questionId}/restore`, { version, expectedVersion: current });
    if (saved) router.push(`/instructor/questions/${saved.id}/edit?${saved.copiedFrom ? "copied=1" : `restored=${version}`}`);
  }
  return (
    <div className="space-y-2">
      <Button type="button" onClick={restore} disabled={pending}>
        {asCopy ? `Restore version ${version} as my copy` : `Restore version ${version}`}
      </Button>
      <FormError message={error?.message} />
    </div>
  );
}
