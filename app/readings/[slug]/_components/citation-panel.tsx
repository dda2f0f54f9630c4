"use client";
import Link from "next/link";
import type { RefObject } from "react";
import { SYNTHESIS_TITLE, typeLabel } from "@/components/reading/question-labels";
import { Button } from "@/components/ui/button";
import type { CitingQuestion } from "@/lib/questions/queries";

export const CITATION_PANEL_ID = "citation-panel";

type Props = {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The selected passage, or null when none is selected. */
  passage: string | null;
  questions: CitingQuestion[];
  onClose: () => void;
};

function QuestionItem({ question }: { question: CitingQuestion }) {
  return (
    <li className="space-y-1 py-3">
      <p className="text-sm text-slate-600">
        <span className="font-mono font-semibold text-slate-800">{question.id}</span> · {typeLabel(question.type)}
        {question.isSynthesis && ` · ${SYNTHESIS_TITLE}`}
      </p>
      <p className="font-medium">{question.prompt}</p>
      <p className="text-sm">
        <span className="font-medium">Answer:</span> {question.answer}
      </p>
      {/* The editor is its own page; no prefetch, so a long list of links does not load it in the background. */}
      <Link href={`/instructor/questions/${question.id}/edit`} prefetch={false} className="text-sm font-medium text-brand-700 underline">
        Edit<span className="sr-only"> {question.id}</span>
      </Link>
    </li>
  );
}

// Beside the text on wide screens; a sheet over the bottom of the screen on a phone, so the text stays in view.
export function CitationPanel({ headingRef, passage, questions, onClose }: Props) {
  const isOpen = passage !== null;
  const placement = isOpen
    ? "fixed inset-x-0 bottom-0 z-10 max-h-[50vh] shadow-lg lg:inset-auto lg:max-h-[calc(100vh-2rem)] lg:shadow-sm"
    : "mt-8 lg:mt-0";
  return (
    <aside
      id={CITATION_PANEL_ID}
      aria-labelledby={`${CITATION_PANEL_ID}-heading`}
      onKeyDown={(e) => e.key === "Escape" && onClose()}
      className={`overflow-y-auto rounded-lg bg-white p-4 ring-1 ring-slate-200 lg:sticky lg:top-4 ${placement}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={`${CITATION_PANEL_ID}-heading`} ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          {isOpen ? `Questions citing this passage (${questions.length})` : "Questions citing the text"}
        </h2>
        {isOpen && (
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        )}
      </div>
      {isOpen ? (
        <>
          <blockquote className="mt-2 line-clamp-3 border-l-4 border-amber-300 pl-3 text-sm text-slate-700">{passage}</blockquote>
          <ul className="divide-y divide-slate-200">
            {questions.map((q) => (
              <QuestionItem key={q.id} question={q} />
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600">Highlighted passages are quoted by questions. Select one to see the questions that cite it.</p>
      )}
    </aside>
  );
}
