import { formatHumanPartialDate, parsePartialDate } from "@/lib/questions/partial-date";
import type { ReadingMetaView } from "@/lib/questions/queries";

// A fact we supplied rather than read on the page is marked, so nobody cites our guess as the source's word.
function Inferred({ when }: { when: boolean }) {
  return when ? <span className="ml-1 text-sm font-normal text-slate-600">(inferred)</span> : null;
}

function formatPublished(published: string) {
  const date = parsePartialDate(published);
  return date ? formatHumanPartialDate(date) : published;
}

/** Author · venue · date as far as they are known: a reader has no use for "Author: Not stated". */
export function ReadingByline({ meta }: { meta: ReadingMetaView }) {
  const facts = [
    { label: "Author", value: meta.author, inferred: meta.authorInferred },
    { label: "Published in", value: meta.venue, inferred: meta.venueInferred },
    { label: "Date", value: formatPublished(meta.published), inferred: meta.publishedInferred },
  ].filter((fact) => fact.value);
  return (
    <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
      {facts.map((fact) => (
        <div key={fact.label} className="flex gap-1">
          <dt className="font-medium">{fact.label}:</dt>
          <dd>
            {fact.value}
            <Inferred when={fact.inferred} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

const isAnythingInferred = (meta: ReadingMetaView) =>
  meta.titleInferred || meta.publishedInferred || (meta.author !== null && meta.authorInferred) || (meta.venue !== null && meta.venueInferred);

/**
 * `showSourceNotes` is for instructors: the notes explain how the reading was identified and cut from its web page,
 * which helps someone checking the source and only distracts a student.
 */
export function ReadingHeader({ meta, showSourceNotes }: { meta: ReadingMetaView; showSourceNotes: boolean }) {
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold">
        {meta.title}
        <Inferred when={meta.titleInferred} />
      </h1>
      <ReadingByline meta={meta} />
      {isAnythingInferred(meta) && (
        <p className="text-sm text-slate-600">“Inferred” marks a detail the original page does not print; it was worked out from the text.</p>
      )}
      {showSourceNotes && meta.notes && (
        <details className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          <summary className="cursor-pointer font-medium text-slate-800">How this source was identified (instructors only)</summary>
          <p className="mt-2">{meta.notes}</p>
        </details>
      )}
    </header>
  );
}
