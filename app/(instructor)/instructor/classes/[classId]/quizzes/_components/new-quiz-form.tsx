"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useApi } from "@/components/use-api";

type Props = { classId: string; readings: { slug: string; title: string; assigned: boolean }[] };

/** Title and readings make a draft; questions and settings come next, on the quiz's page. */
export function NewQuizForm({ classId, readings }: Props) {
  const router = useRouter();
  const { send, error, pending } = useApi();
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const created = await send<{ quiz: { id: string } }>("POST", `/api/classes/${classId}/quizzes`, { title: form.get("title"), readings: form.getAll("readings") });
    if (created) router.push(`/instructor/classes/${classId}/quizzes/${created.quiz.id}`);
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <Field label="Title" name="title" required maxLength={200} error={error?.fields?.title} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Readings the quiz draws on</legend>
        <p className="text-sm text-slate-600">Any reading, assigned to the class or not.</p>
        <div className="mt-2 space-y-1">
          {readings.map((r) => (
            <label key={r.slug} className="flex items-center gap-2">
              <input type="checkbox" name="readings" value={r.slug} defaultChecked={r.assigned} />
              {r.title}
              {r.assigned && <span className="text-xs text-slate-600">(assigned)</span>}
            </label>
          ))}
        </div>
        {error?.fields?.readings && <p className="text-sm font-medium text-red-700">{error.fields.readings}</p>}
      </fieldset>
      <FormError message={error?.message} />
      <Button type="submit" disabled={pending}>Create draft</Button>
    </form>
  );
}
