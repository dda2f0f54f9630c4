"use client";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { AnswerInput, responseHint } from "@/components/question/answer-input";
import { emptyResponse, type StudentResponse } from "@/components/question/response";
import { Button } from "@/components/ui/button";
import { markAnswer, type Mark } from "@/lib/grading/match-answer";
import type { QuestionPreview as Preview } from "@/lib/questions/queries";

function Back({ preview }: { preview: Preview }) {
  const { back } = preview;
  return (
    <dl className="space-y-3 text-sm">
      <div>
        <dt className="font-semibold">Answer</dt>
        <dd>{back.answer}</dd>
      </div>
      <div>
        <dt className="font-semibold">Explanation</dt>
        <dd>{back.explanation}</dd>
      </div>
      <div>
        <dt className="font-semibold">{back.sources.length === 1 ? "Quote" : "Quotes"}</dt>
        {back.sources.map((source, i) => (
          <dd key={i} className="mt-1 space-y-1">
            <blockquote className="border-l-4 border-amber-300 pl-3 text-slate-700">{source.text}</blockquote>
            <Link href={`/readings/${source.reading}#q-${preview.id}`} className="font-medium text-brand-700 underline">
              Open in “{source.title}”
            </Link>
          </dd>
        ))}
      </div>
    </dl>
  );
}

/**
 * The question as the student meets it, answerable and checked with the bank's own marking; nothing is recorded.
 * The answer, explanation and quote show once the instructor checks an answer or asks for them.
 */
export function QuestionPreview({ preview }: { preview: Preview }) {
  const { student } = preview;
  const [response, setResponse] = useState<StudentResponse | null>(() => emptyResponse(student));
  const [mark, setMark] = useState<Mark | null>(null);
  const [isRevealed, setRevealed] = useState(false);
  const [promptId, backId] = [useId(), useId()];

  function check(event: FormEvent) {
    event.preventDefault();
    setMark(markAnswer(preview.answerKey, response));
    setRevealed(true);
  }
  function answer(next: StudentResponse) {
    setResponse(next);
    setMark(null);
  }

  return (
    <section aria-label={`Preview of ${preview.id}`} className="mt-3 space-y-3 rounded-md border border-slate-300 bg-slate-50 p-4">
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
        As the student sees it · try it, nothing is recorded
        {preview.isRetired && <span className="text-red-800"> · retired: no student sees it now</span>}
      </p>
      <p className="text-sm text-slate-700">
        {preview.readingTitles.length === 1 ? "Reading" : "Readings"}: {preview.readingTitles.map((t) => `“${t}”`).join(", ")}
      </p>
      <form onSubmit={check} aria-labelledby={promptId} className="space-y-3">
        <div>
          <p id={promptId} className="font-medium">
            {student.prompt}
          </p>
          <p className="text-sm text-slate-700">{responseHint(student)}</p>
        </div>
        <AnswerInput question={student} value={response} onChange={answer} />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">Check answer</Button>
          <Button type="button" variant="secondary" aria-expanded={isRevealed} aria-controls={backId} onClick={() => setRevealed(!isRevealed)}>
            {isRevealed ? "Hide answer" : "Show answer"}
          </Button>
          <Link href={`/instructor/questions/${preview.id}/edit`} prefetch={false} className="text-sm font-medium text-brand-700 underline">
            Edit<span className="sr-only"> {preview.id}</span>
          </Link>
        </div>
      </form>
      <p role="status" className={mark ? (mark.correct ? "font-semibold text-green-800" : "font-semibold text-red-800") : "sr-only"}>
        {mark && (mark.correct ? "Correct." : "Not correct: the answer is below.")}
      </p>
      <div id={backId} hidden={!isRevealed}>
        <Back preview={preview} />
      </div>
    </section>
  );
}
