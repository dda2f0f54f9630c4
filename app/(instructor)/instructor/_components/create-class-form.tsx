"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useApi } from "@/components/use-api";

export function CreateClassForm() {
  const { send, error, pending } = useApi();
  const router = useRouter();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const created = await send<{ class: { id: string } }>("POST", "/api/classes", { name: new FormData(e.currentTarget).get("name") });
    if (created) router.push(`/instructor/classes/${created.class.id}`);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={error && !error.fields ? error.message : undefined} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field label="Class name" name="name" required maxLength={120} placeholder="e.g. Japan–Russia Relations, Spring" error={error?.fields?.name} />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create class"}
        </Button>
      </div>
    </form>
  );
}
