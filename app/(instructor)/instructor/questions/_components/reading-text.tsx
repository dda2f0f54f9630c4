// A reading's body with the chosen quotes highlighted, cut into pieces as the reading page cuts it. Text is rendered
// verbatim, so what the instructor selects with the mouse is what findQuote finds in the stored body.
import { Fragment, useMemo, type Ref } from "react";
import { segmentBlocks } from "@/lib/questions/reading-segments";
import { createQuoteFinder } from "@/lib/questions/normalize-text";
import type { BodyBlock } from "@/lib/questions/queries";

type Props = { title: string; body: string; blocks: BodyBlock[]; quotes: string[]; ref?: Ref<HTMLDivElement> };

export function ReadingText({ title, body, blocks, quotes, ref }: Props) {
  const find = useMemo(() => createQuoteFinder(body), [body]);
  const citations = quotes.flatMap((quote, i) => {
    const range = quote.trim() ? find(quote) : null;
    return range ? [{ questionId: `quote-${i}`, ...range }] : [];
  });
  return (
    // Focusable so that keyboard users can scroll it (and axe's scrollable-region rule holds); positioned so that a
    // highlight's offsetTop is measured from the panel.
    <div ref={ref} role="region" tabIndex={0} aria-label={`Text of the reading: ${title}`} className="relative max-h-[28rem] space-y-3 overflow-y-auto rounded-md border border-slate-200 bg-white p-4 leading-relaxed">
      {segmentBlocks(blocks, citations).map((block, b) => {
        const Block = block.kind === "heading" ? "h3" : "p";
        return (
          <Block key={b} className={block.kind === "heading" ? "font-semibold" : undefined}>
            {block.segments.map((segment) =>
              segment.questionIds.length > 0 ? (
                <mark key={segment.start} className="rounded-sm bg-yellow-200 text-slate-900">
                  {segment.text}
                </mark>
              ) : (
                <Fragment key={segment.start}>{segment.text}</Fragment>
              ),
            )}
          </Block>
        );
      })}
    </div>
  );
}
