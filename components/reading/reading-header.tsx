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

/** Author · venue · date, each with its "(inferred)" marker. */
export function ReadingByline({ meta }: { meta: ReadingMetaView }) {
  const facts = [
    { label: "Author", value: meta.author ?? "Not stated", inferred: meta.author !== null && meta.authorInferred },
    { label: "Venue", value: meta.venue ?? "Not stated", inferred: meta.venue !== null && meta.venueInferred },
    { label: "Published", value: formatPublished(meta.published), inferred: meta.publishedInferred },
  ];
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

export function ReadingHeader({ meta }: { meta: ReadingMetaView }) {
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold">
        {meta.title}
        <Inferred when={meta.titleInferred} />
      </h1>
      <ReadingByline meta={meta} />
      {meta.notes && (
        <details className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          <summary className="cursor-pointer font-medium text-slate-800">Notes on the source</summary>
          <p className="mt-2">{meta.notes}</p>
        </details>
      )}
    </header>
  );
}
