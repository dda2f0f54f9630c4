import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyBlocks } from "@/lib/questions/body-blocks";
import { segmentBlocks } from "@/lib/questions/reading-segments";

const body = "## Sochi\n\nFirst sentence here. Second sentence here.\n\nThird paragraph.";

describe("body blocks", () => {
  it("cuts headings and paragraphs and knows where each starts in the body", () => {
    const blocks = bodyBlocks(body);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph"]);
    for (const b of blocks) expect(body.slice(b.start, b.start + b.text.length)).toBe(b.text);
  });
});

describe("reading segments", () => {
  const blocks = bodyBlocks(body);
  const p = body.indexOf("First");
  const second = body.indexOf("Second");
  const end = body.indexOf("\n\nThird");

  it("cuts overlapping quotes so each piece lists exactly the questions citing it", () => {
    const [, para] = segmentBlocks(blocks, [
      { questionId: "a", start: p, end },
      { questionId: "b", start: second, end },
    ]);
    expect(para.segments.map((s) => [s.text, s.questionIds])).toEqual([
      ["First sentence here. ", ["a"]],
      ["Second sentence here.", ["a", "b"]],
    ]);
    expect(para.segments[0].anchors).toEqual(["q-a"]);
    expect(para.segments[1].anchors).toEqual(["q-b"]);
  });

  it("always gives back the block's text unchanged, whatever the citations (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(body.length), fc.nat(body.length)), { maxLength: 6 }), (ranges) => {
        const citations = ranges.map(([x, y], i) => ({ questionId: `q${i}`, start: Math.min(x, y), end: Math.max(x, y) }));
        const segmented = segmentBlocks(blocks, citations);
        segmented.forEach((block, i) => expect(block.segments.map((s) => s.text).join("")).toBe(blocks[i].text));
      }),
    );
  });
});
