// Splits the reading's blocks into the pieces the instructor's page highlights. Quotes overlap (one question quotes
// two sentences, another only the second), so a block is cut at every quote boundary and each piece knows exactly
// which questions cite it: clicking the second sentence lists both questions, clicking the first only one.
// A piece never starts or ends with white space: the space between two quoted sentences is plain text, so neighbouring
// passages stay visibly apart and no focusable highlight holds nothing but a space.
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

/** Splits the white space at either end of a cited piece off as uncited text; a piece of only white space is uncited. */
function trimCited(piece: Segment): Segment[] {
  if (piece.questionIds.length === 0) return [piece];
  const core = piece.text.trim();
  if (core === "") return [{ ...piece, questionIds: [], anchors: [] }];
  const lead = piece.text.length - piece.text.trimStart().length;
  const tail = piece.text.slice(lead + core.length);
  return [
    ...(lead > 0 ? [{ start: piece.start, text: piece.text.slice(0, lead), questionIds: [], anchors: [] }] : []),
    { ...piece, start: piece.start + lead, text: core },
    ...(tail ? [{ start: piece.start + lead + core.length, text: tail, questionIds: [], anchors: [] }] : []),
  ];
}

function segmentBlock(block: BodyBlock, citations: Citation[], first: Map<string, number>): Segment[] {
  const end = block.start + block.text.length;
  const inside = citations
    .map((c) => ({ ...c, start: Math.max(c.start, block.start), end: Math.min(c.end, end) }))
    .filter((c) => c.start < c.end);
  const cuts = [...new Set([block.start, end, ...inside.flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);
  return cuts.slice(0, -1).flatMap((from, i) => {
    const to = cuts[i + 1];
    const ids = [...new Set(inside.filter((c) => c.start <= from && c.end >= to).map((c) => c.questionId))];
    const anchors = ids.filter((id) => first.get(id) === from).map(questionAnchor);
    return trimCited({ start: from, text: block.text.slice(from - block.start, to - block.start), questionIds: ids, anchors });
  });
}

export function segmentBlocks(blocks: BodyBlock[], citations: Citation[]): SegmentedBlock[] {
  const first = firstStarts(citations);
  return blocks.map((block) => ({ kind: block.kind, segments: segmentBlock(block, citations, first) }));
}
