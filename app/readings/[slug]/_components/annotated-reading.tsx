"use client";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { ARTICLE_CLASS } from "@/components/reading/reading-body";
import { sentenceAnchor, type Segment, type SegmentedBlock } from "@/lib/questions/reading-segments";
import type { CitingQuestion } from "@/lib/questions/queries";
import { CITATION_PANEL_ID, CitationPanel } from "./citation-panel";
import { questionCountLabel, shadeFor } from "./citation-shades";

type Props = { blocks: SegmentedBlock[]; questions: CitingQuestion[] };

function anchorIndex(blocks: SegmentedBlock[]) {
  const index = new Map<string, Segment>();
  for (const segment of blocks.flatMap((b) => b.segments)) {
    if (segment.questionIds.length === 0) continue;
    index.set(sentenceAnchor(segment.start), segment);
    for (const anchor of segment.anchors) index.set(anchor, segment);
  }
  return index;
}

const isWide = () => window.matchMedia("(min-width: 1024px)").matches;

// Beside the text on a wide screen the panel hides nothing; on a phone it is a sheet over the bottom half of the
// screen, so the passage goes to the top to stay in view.
function scrollToPassage(start: number) {
  document.getElementById(sentenceAnchor(start))?.scrollIntoView({ block: isWide() ? "center" : "start" });
}

function Passage({ segment, isActive, onOpen }: { segment: Segment; isActive: boolean; onOpen: (s: Segment) => void }) {
  const count = segment.questionIds.length;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    onOpen(segment);
  };
  return (
    <>
      {segment.anchors.map((anchor) => (
        <span key={anchor} id={anchor} />
      ))}
      {/* A <mark> rather than a <button> so that a long sentence still wraps like the text around it. */}
      <mark
        id={sentenceAnchor(segment.start)}
        role="button"
        tabIndex={0}
        aria-expanded={isActive}
        aria-controls={CITATION_PANEL_ID}
        title={`Quoted by ${questionCountLabel(count)}`}
        onClick={() => onOpen(segment)}
        onKeyDown={onKeyDown}
        className={`cursor-pointer rounded-sm text-slate-900 box-decoration-clone decoration-2 underline-offset-4 hover:underline ${shadeFor(count)} ${isActive ? "underline ring-2 ring-brand-700" : ""}`}
      >
        {segment.text}
        {/* The count as a small badge for the eye; said in words to a screen reader, after the passage. */}
        <sup aria-hidden="true" className="ml-0.5 rounded-full bg-white/70 px-1 text-[0.65rem] font-semibold text-amber-950 tabular-nums">
          {count}
        </sup>
        <span className="sr-only">, {questionCountLabel(count)}</span>
      </mark>
    </>
  );
}

/** The instructor's reading: quoted passages highlighted; activating one lists the questions that cite it. */
export function AnnotatedReading({ blocks, questions }: Props) {
  const [active, setActive] = useState<Segment | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const byAnchor = useMemo(() => anchorIndex(blocks), [blocks]);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);

  // `/readings/<slug>#q-<id>` (from the bank) and `#s-<offset>` open their passage, on load and on a hash change.
  useEffect(() => {
    const openFromHash = () => {
      const segment = byAnchor.get(decodeURIComponent(window.location.hash.slice(1)));
      if (!segment) return;
      setActive(segment);
      scrollToPassage(segment.start);
      document.getElementById(sentenceAnchor(segment.start))?.focus({ preventScroll: true });
    };
    openFromHash();
    window.addEventListener("hashchange", openFromHash);
    return () => window.removeEventListener("hashchange", openFromHash);
  }, [byAnchor]);

  function open(segment: Segment) {
    setActive(segment);
    if (!isWide()) scrollToPassage(segment.start);
    history.replaceState(history.state, "", `#${sentenceAnchor(segment.start)}`);
    requestAnimationFrame(() => panelHeading.current?.focus());
  }

  function close() {
    if (!active) return;
    document.getElementById(sentenceAnchor(active.start))?.focus();
    setActive(null);
    history.replaceState(history.state, "", window.location.pathname + window.location.search);
  }

  const citing = active ? active.questionIds.flatMap((id) => byId.get(id) ?? []) : [];
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start lg:gap-8">
      <article className={ARTICLE_CLASS}>
        {blocks.map((block, i) => {
          const content = block.segments.map((segment) =>
            segment.questionIds.length === 0 ? (
              segment.text
            ) : (
              <Passage key={segment.start} segment={segment} isActive={active?.start === segment.start} onOpen={open} />
            ),
          );
          return block.kind === "heading" ? (
            <h2 key={i} className="pt-2 text-xl font-semibold">
              {content}
            </h2>
          ) : (
            <p key={i}>{content}</p>
          );
        })}
      </article>
      <CitationPanel headingRef={panelHeading} passage={active?.text ?? null} questions={citing} onClose={close} />
    </div>
  );
}
