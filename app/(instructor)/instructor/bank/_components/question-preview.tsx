"use client";
import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { QuestionPreview as Preview } from "@/lib/questions/queries";

const DATE_HINTS = { year: "Give the year.", month: "Give the month and year.", day: "Give the day, month and year." };

/** What the student is told about the expected answer: its form, never its content. */
function responseHint({ type, front }: Preview): string {
  switch (type) {
    case "mcq":
      return "Choose one answer.";
    case "true_false":
      return "True or false?";
    case "numeric":
      return `Answer with a number (${"unit" in front ? front.unit : ""}).`;
    case "date":
      return DATE_HINTS[("dateGranularity" in front && front.dateGranularity) || "day"];
    case "short":
      return "Answer in a few words.";
    case "ordering":
      return "Put these in time order, earliest first.";
    case "matching":
      return "Match each of these with its counterpart.";
  }
}

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

/** The question as the student meets it; the answer, explanation and quote only when the instructor asks. */
export function QuestionPreview({ preview }: { preview: Preview }) {
  const [isRevealed, setRevealed] = useState(false);
  const backId = useId();
  const { front } = preview;
  return (
    <section aria-label={`Preview of ${preview.id}`} className="mt-3 space-y-3 rounded-md border border-slate-300 bg-slate-50 p-4">
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
        As the student sees it{preview.isRetired && <span className="text-red-800"> · retired: no student sees it now</span>}
      </p>
      <p className="font-medium">{front.prompt}</p>
      <p className="text-sm text-slate-700">{responseHint(preview)}</p>
      {front.list && (
        <ul className="list-inside list-disc space-y-1 text-sm">
          {front.list.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button variant="secondary" aria-expanded={isRevealed} aria-controls={backId} onClick={() => setRevealed(!isRevealed)}>
          {isRevealed ? "Hide answer" : "Show answer"}
        </Button>
        <Link href={`/instructor/questions/${preview.id}/edit`} prefetch={false} className="text-sm font-medium text-brand-700 underline">
          Edit<span className="sr-only"> {preview.id}</span>
        </Link>
      </div>
      <div id={backId} hidden={!isRevealed}>
        <Back preview={preview} />
      </div>
    </section>
  );
}
