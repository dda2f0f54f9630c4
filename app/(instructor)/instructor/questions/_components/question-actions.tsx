"use client";
// What an instructor can do with a question besides editing it (decisions 006, 008): make their copy of a shipped
// question, mark it quiz-only, retire or restore what they own, or start a new question from it.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";
import type { QuestionEditor } from "@/lib/questions/editor-queries";
import { QuizOnlyToggle } from "../../bank/_components/quiz-only-toggle";

type Props = { editor: Pick<QuestionEditor, "id" | "version" | "ownership" | "origin" | "forkOfId" | "quizOnly" | "retired" | "canChange" | "myCopy"> };

const LINK = "font-medium text-brand-700 underline underline-offset-2";

export function QuestionActions({ editor }: Props) {
  const router = useRouter();
  const { send, error, pending } = useApi();
  const isShipped = editor.ownership === "shipped";
  // Shipped questions from the files retire by leaving the files (an import would undo an in-app retire).
  const canRetire = editor.canChange && !(isShipped && editor.origin === "file");

  async function makeCopy() {
    const saved = await send<{ id: string }>("POST", `/api/questions/${editor.id}/copy`, { expectedVersion: editor.version });
    if (saved) router.push(`/instructor/questions/${saved.id}/edit?copied=1`);
  }

  return (
    <div className="space-y-4">
      {/* With a copy, the page's notice links to it: the quiz-only choice is made there. */}
      {!editor.myCopy && (
        <QuizOnlyToggle openCopy question={{ id: editor.id, quizOnly: editor.quizOnly, isOwn: !isShipped, forkOfId: editor.forkOfId, isRetired: editor.retired }} />
      )}
      <div className="flex flex-wrap items-center gap-3">
        {isShipped && !editor.canChange && !editor.myCopy && !editor.retired && (
          <Button type="button" variant="secondary" disabled={pending} onClick={makeCopy}>
            Make my copy
          </Button>
        )}
        {canRetire && (
          <Button type="button" variant={editor.retired ? "secondary" : "danger"} disabled={pending} onClick={() => send("PUT", `/api/questions/${editor.id}/retired`, { retired: !editor.retired })}>
            {editor.retired ? "Restore" : "Retire"}
          </Button>
        )}
        <Link href={`/instructor/questions/new?from=${encodeURIComponent(editor.id)}`} className={`text-sm ${LINK}`}>
          Duplicate as a new question
        </Link>
      </div>
      {canRetire && !editor.retired && <p className="text-sm text-slate-600">Retiring takes it out of every class; its history stays and Restore brings it back.</p>}
      <FormError message={error?.message} />
    </div>
  );
}
