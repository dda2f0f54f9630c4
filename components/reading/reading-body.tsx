import type { BodyBlock } from "@/lib/questions/queries";

export const ARTICLE_CLASS = "max-w-prose space-y-4 text-[1.05rem] leading-relaxed text-slate-900";

/** The article as plain text: what a student sees (no highlights, no anchors that would say which sentences are tested). */
export function ReadingBody({ blocks }: { blocks: Pick<BodyBlock, "kind" | "text">[] }) {
  return (
    <article className={ARTICLE_CLASS}>
      {blocks.map((block, i) =>
        block.kind === "heading" ? (
          <h2 key={i} className="pt-2 text-xl font-semibold">
            {block.text}
          </h2>
        ) : (
          <p key={i}>{block.text}</p>
        ),
      )}
    </article>
  );
}
