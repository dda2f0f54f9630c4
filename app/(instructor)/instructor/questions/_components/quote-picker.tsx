"use client";
// The quote is picked from the reading itself: the instructor selects a passage with the mouse and takes it, or types
// or pastes it. Every chosen quote is highlighted in the text, so a quote that is not verbatim shows at once.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { EditorReading } from "@/lib/questions/editor-queries";
import type { FieldsProps } from "./common-fields";
import type { FieldErrors, SourceDraft } from "./draft";
import { Group, Select, TextArea } from "./inputs";
import { ReadingText } from "./reading-text";

type Props = FieldsProps & { readings: EditorReading[]; bankReading: string | null };

/** The selected text, if the selection lies inside the reading (not somewhere else on the page). */
function selectedText(box: HTMLElement | null): string | null {
  const selection = window.getSelection();
  if (!box || !selection || selection.isCollapsed) return null;
  if (!box.contains(selection.anchorNode) || !box.contains(selection.focusNode)) return null;
  return selection.toString().replace(/\s+/g, " ").trim() || null;
}

// A mouse press on a button would otherwise clear the selection it is about to read.
const keepSelection = (e: React.MouseEvent) => e.preventDefault();

type SourceProps = {
  index: number;
  count: number;
  source: SourceDraft;
  errors: FieldErrors;
  /** Every reading, when the quote may come from any of them (synthesis); null when the bank fixes it. */
  readings: EditorReading[] | null;
  onChange: (patch: Partial<SourceDraft>) => void;
  onTakeSelection: () => void;
  onRemove: () => void;
};

function QuoteSource({ index: i, count, source, errors, readings, onChange, onTakeSelection, onRemove }: SourceProps) {
  const single = count === 1;
  const name = single ? "quote" : `quote ${i + 1}`;
  const error = single ? errors.quote : (errors[`quote.${i}`] ?? errors[`quote.${i}.text`] ?? errors[`quote.${i}.reading`]);
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-3">
      {readings && (
        <Select label={`Reading of ${name}`} name={`source-reading-${i}`} value={source.reading} onChange={(e) => onChange({ reading: e.target.value })}>
          {readings.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.title}
            </option>
          ))}
        </Select>
      )}
      <TextArea label={single ? "Quote" : `Quote ${i + 1}`} name={`quote-${i}`} rows={3} value={source.text} error={error} onChange={(e) => onChange({ text: e.target.value })} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onMouseDown={keepSelection} onClick={onTakeSelection}>
          Use selection as {name}
        </Button>
        {!single && (
          <Button type="button" variant="danger" onClick={onRemove}>
            Remove {name}
          </Button>
        )}
      </div>
    </div>
  );
}

export function QuotePicker({ draft, update, errors, readings, bankReading }: Props) {
  const [chosen, setChosen] = useState(draft.sources[0]?.reading || readings[0]?.slug);
  const [notice, setNotice] = useState("");
  const textRef = useRef<HTMLDivElement>(null);
  const reading = readings.find((r) => r.slug === (bankReading ?? chosen)) ?? readings[0];
  const { sources } = draft;
  const single = sources.length === 1;
  const setSource = (i: number, patch: Partial<SourceDraft>) => update({ sources: sources.map((s, k) => (k === i ? { ...s, ...patch } : s)) });

  // Opening a reading shows its first highlight: the panel scrolls, never the page.
  useEffect(() => {
    const mark = textRef.current?.querySelector("mark");
    if (textRef.current && mark) textRef.current.scrollTop = mark.offsetTop - 48;
  }, [reading?.slug]);

  function takeSelection(i: number) {
    const text = selectedText(textRef.current);
    if (!text) return setNotice("First select a passage in the reading's text with the mouse, then press the button (or type or paste the quote).");
    setSource(i, { reading: reading.slug, text });
    setNotice("");
  }

  if (!reading) return <p>No readings have been imported, so there is nothing to quote yet.</p>;
  return (
    <Group legend="Quote: the sentences of the reading that prove the answer, verbatim" error={single ? undefined : errors.quote}>
      {bankReading === null && (
        <Select label="Reading shown" name="shown-reading" value={reading.slug} onChange={(e) => setChosen(e.target.value)}>
          {readings.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.title}
            </option>
          ))}
        </Select>
      )}
      <p className="text-sm text-slate-600">Select a passage in the text, then press “Use selection as quote”. Chosen quotes are highlighted.</p>
      <ReadingText ref={textRef} title={reading.title} body={reading.body} blocks={reading.blocks} quotes={sources.filter((s) => s.reading === reading.slug).map((s) => s.text)} />
      <p role="status" className="text-sm font-medium text-slate-800">
        {notice}
      </p>
      {sources.map((source, i) => (
        <QuoteSource key={i} index={i} count={sources.length} source={source} errors={errors} readings={bankReading === null ? readings : null}
          onChange={(patch) => setSource(i, patch)} onTakeSelection={() => takeSelection(i)} onRemove={() => update({ sources: sources.filter((_, k) => k !== i) })} />
      ))}
      <Button type="button" variant="secondary" onClick={() => update({ sources: [...sources, { reading: reading.slug, text: "" }] })}>
        Add another quote
      </Button>
    </Group>
  );
}
