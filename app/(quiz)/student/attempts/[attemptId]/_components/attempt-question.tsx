"use client";
import { AnswerInput, responseHint } from "@/components/question/answer-input";
import { emptyResponse, type StudentResponse } from "@/components/question/response";
import type { AttemptStateItem } from "@/lib/quiz/attempt-state";

/** One question of the attempt: its reading, prompt, answer widget and flag. */
export function AttemptQuestion({ item, index, total, response, onChange, flagged, onFlag, disabled }: {
  item: AttemptStateItem; index: number; total: number; response: unknown; onChange: (r: StudentResponse) => void;
  flagged: boolean; onFlag: (flagged: boolean) => void; disabled: boolean;
}) {
  const headingId = `question-${item.position}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-600">
        <span>Question {index + 1} of {total} · {item.points} {item.points === 1 ? "point" : "points"}</span>
        <span>{item.readingTitle}</span>
      </div>
      <h2 id={headingId} className="text-lg font-semibold">{item.view.prompt}</h2>
      <p className="text-sm text-slate-600">{responseHint(item.view)}</p>
      <AnswerInput question={item.view} value={(response ?? emptyResponse(item.view)) as StudentResponse | null} onChange={onChange} disabled={disabled} />
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" checked={flagged} onChange={(e) => onFlag(e.target.checked)} className="size-4" />
        Flag for review
      </label>
    </section>
  );
}
