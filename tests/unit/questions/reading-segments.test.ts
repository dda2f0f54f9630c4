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
      ["First sentence here.", ["a"]],
      [" ", []],
      ["Second sentence here.", ["a", "b"]],
    ]);
    expect(para.segments[0].anchors).toEqual(["q-a"]);
    expect(para.segments[2].anchors).toEqual(["q-b"]);
  });

  it("leaves the space between two quoted sentences unhighlighted, even when a third quote spans both", () => {
    const firstEnd = body.indexOf(" Second");
    const [, para] = segmentBlocks(blocks, [
      { questionId: "a", start: p, end: firstEnd },
      { questionId: "b", start: second, end },
      { questionId: "both", start: p, end },
    ]);
    expect(para.segments.map((s) => [s.text, s.questionIds])).toEqual([
      ["First sentence here.", ["a", "both"]],
      [" ", []],
      ["Second sentence here.", ["b", "both"]],
    ]);
    expect(para.segments[2].start).toBe(second);
  });

  it("moves a question's anchor to where its quoted text starts when the quote begins with a space", () => {
    const [, para] = segmentBlocks(blocks, [{ questionId: "a", start: second - 1, end }]);
    expect(para.segments.map((s) => [s.text, s.anchors])).toEqual([
      ["First sentence here.", []],
      [" ", []],
      ["Second sentence here.", ["q-a"]],
    ]);
    expect(para.segments[2].start).toBe(second);
  });

  it("always gives back the block's text unchanged, whatever the citations (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(body.length), fc.nat(body.length)), { maxLength: 6 }), (ranges) => {
        const citations = ranges.map(([x, y], i) => ({ questionId: `q${i}`, start: Math.min(x, y), end: Math.max(x, y) }));
        const segmented = segmentBlocks(blocks, citations);
        segmented.forEach((block, i) => expect(block.segments.map((s) => s.text).join("")).toBe(blocks[i].text));
        for (const segment of segmented.flatMap((b) => b.segments).filter((s) => s.questionIds.length > 0)) {
          expect(segment.text).toBe(segment.text.trim());
          expect(segment.text).not.toBe("");
          expect(body.slice(segment.start, segment.start + segment.text.length)).toBe(segment.text);
        }
      }),
    );
  });
});
