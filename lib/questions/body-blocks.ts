// A reading body cut into paragraphs and headings by the files' own parser, each with its offset in the body, so that
// quote ranges (offsets into the whole body, from findQuote) can be placed inside blocks.
import { splitBlocks } from "./parse-files";

export type BodyBlock = { kind: "paragraph" | "heading"; text: string; /** offset of `text` in the body */ start: number };

export function bodyBlocks(body: string): BodyBlock[] {
  let cursor = 0;
  return splitBlocks(body.split("\n"), 1).map(({ kind, text }) => {
    const start = body.indexOf(text, cursor);
    cursor = start + text.length;
    return { kind, text, start };
  });
}
