// Splits the reading's blocks into the pieces the instructor's page highlights. Quotes overlap (one question quotes
// two sentences, another only the second), so a block is cut at every quote boundary and each piece knows exactly
// which questions cite it: clicking the second sentence lists both questions, clicking the first only one.
import type { BodyBlock } from "./body-blocks";

/** One quoted passage: [start, end) offsets into the body, as findQuote gives them. */
export type Citation = { questionId: string; start: number; end: number };

export type Segment = {
  /** Offset of the piece in the body: stable for an unchanged reading, used as the sentence anchor `s-<start>`. */
  start: number;
  text: string;
  questionIds: string[];
  /** `q-<id>` anchors of the questions whose first quoted passage starts here. */
  anchors: string[];
};
export type SegmentedBlock = { kind: BodyBlock["kind"]; segments: Segment[] };

export const sentenceAnchor = (start: number) => `s-${start}`;
export const questionAnchor = (questionId: string) => `q-${questionId}`;

function firstStarts(citations: Citation[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const c of citations) first.set(c.questionId, Math.min(first.get(c.questionId) ?? Infinity, c.start));
  return first;
}

function segmentBlock(block: BodyBlock, citations: Citation[], first: Map<string, number>): Segment[] {
  const end = block.start + block.text.length;
  const inside = citations
    .map((c) => ({ ...c, start: Math.max(c.start, block.start), end: Math.min(c.end, end) }))
    .filter((c) => c.start < c.end);
  const cuts = [...new Set([block.start, end, ...inside.flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);
  return cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1];
    const ids = [...new Set(inside.filter((c) => c.start <= from && c.end >= to).map((c) => c.questionId))];
    const anchors = ids.filter((id) => first.get(id) === from).map(questionAnchor);
    return { start: from, text: block.text.slice(from - block.start, to - block.start), questionIds: ids, anchors };
  });
}

export function segmentBlocks(blocks: BodyBlock[], citations: Citation[]): SegmentedBlock[] {
  const first = firstStarts(citations);
  return blocks.map((block) => ({ kind: block.kind, segments: segmentBlock(block, citations, first) }));
}
