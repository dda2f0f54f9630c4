"use client";
// Quiz-only: the question never becomes a flashcard. On a shipped question an instructor's choice is saved in their
// own copy, which their classes then use in its place (decision 008) — the caption says so before they click.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useApi } from "@/components/use-api";

type Question = { id: string; quizOnly: boolean; isOwn: boolean; forkOfId: string | null; isRetired: boolean };
type Props = { question: Question; /** After making a copy, open it (the editor) rather than refresh the list (the bank). */ openCopy?: boolean };

function ownerCaption({ isOwn, forkOfId }: Question) {
  if (!isOwn) return "Shipped question: marking it makes your own copy.";
  return forkOfId ? `Your copy of ${forkOfId}.` : "Your own question.";
}

export function QuizOnlyToggle({ question, openCopy }: Props) {
  const router = useRouter();
  const { send, error, pending } = useApi();
  const [checked, setChecked] = useState(question.quizOnly);
  const id = `quiz-only-${question.id}`;

  async function toggle(next: boolean) {
    setChecked(next);
    const saved = await send<{ id: string; copied: boolean }>("PUT", `/api/questions/${question.id}/quiz-only`, { quizOnly: next });
    if (!saved) return setChecked(!next);
    if (saved.copied && openCopy) router.push(`/instructor/questions/${saved.id}/edit?copied=1`);
  }

  return (
    <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="flex items-center gap-2">
        <input id={id} type="checkbox" className="size-4" checked={checked} disabled={pending || question.isRetired} onChange={(e) => toggle(e.target.checked)} aria-describedby={`${id}-caption`} />
        <label htmlFor={id} className="font-medium">
          Quiz-only<span className="sr-only"> {question.id}</span>
        </label>
      </span>
      <span id={`${id}-caption`} className="text-slate-600">
        {ownerCaption(question)}
      </span>
      {error && (
        <span role="alert" className="font-medium text-red-800">
          {error.message}
        </span>
      )}
    </div>
  );
}
