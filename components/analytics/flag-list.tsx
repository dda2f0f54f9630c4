import Link from "next/link";
import { ApiActionButton } from "@/components/api-action-button";
import { regradeUrl } from "@/lib/analytics/questions/question-info";

type Flag = { rule: string; message: string };
type Links = { sentence: string | null; editor: string };

/**
 * Why a question is flagged, and what to do about it: read the sentence it cites, fix it in the editor, then regrade
 * the quiz's past attempts that used it (quiz-build's endpoint; the editor makes a new version first).
 */
export function FlagList({ flags, links, prompt, regrade }: { flags: Flag[]; links: Links; prompt: string; regrade?: { quizId: string; questionId: string } }) {
  if (flags.length === 0) return null;
  return (
    <div className="space-y-2 text-sm">
      <ul className="list-disc space-y-1 pl-5 text-red-800">
        {flags.map((f, i) => (
          <li key={`${f.rule}-${i}`}>{f.message}</li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {links.sentence && (
          <Link href={links.sentence} className="text-brand-700 underline">
            Cited sentence<span className="sr-only"> of “{prompt}”</span>
          </Link>
        )}
        <Link href={links.editor} className="text-brand-700 underline">
          Edit question<span className="sr-only"> “{prompt}”</span>
        </Link>
        {regrade && (
          <ApiActionButton
            variant="secondary"
            className="px-2 py-1 text-sm"
            aria-label={`Regrade attempts of “${prompt}”`}
            request={{ method: "POST", url: regradeUrl(regrade.quizId), body: { questionId: regrade.questionId, scope: "all" } }}
            confirm={{
              title: "Regrade every attempt that used this question?",
              body: "Each past attempt is marked again against the question's current version; students see their new marks and the gradebook follows.",
              confirmLabel: "Regrade attempts",
            }}
          >
            Regrade attempts
          </ApiActionButton>
        )}
      </div>
    </div>
  );
}
