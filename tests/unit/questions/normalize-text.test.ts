import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuote, normalizeText, normalizeWithOffsets } from "@/lib/questions/normalize-text";

describe("normalizeText", () => {
  it("folds typographic quotes, dashes, the ellipsis and every run of whitespace", () => {
    expect(normalizeText("  Abe’s ‘thaw’ – “onsen”\u00A0summit —\tdone…  ")).toBe(`Abe's 'thaw' - "onsen" summit - done...`);
    expect(normalizeText("a\u201Ab\u201Bc\u2032d \u201Ee\u201Ff\u2033 g\u2010h\u2011i\u2012j\u2015k")).toBe(
      `a'b'c'd "e"f" g-h-i-j-k`,
    );
  });

  it("puts text in NFC, so a decomposed accent matches a precomposed one", () => {
    expect(normalizeText("Se\u0301ko")).toBe(normalizeText("S\u00E9ko"));
  });

  it("changes nothing else: case and other punctuation still count", () => {
    expect(normalizeText("Abe, Putin.")).not.toBe(normalizeText("abe putin"));
  });

  it("is idempotent", () => {
    const tricky = fc.constantFrom("’", "“", "—", "…", "\u00A0", " ", "\n", "e", "\u0301", "\u1100", "\u1161", "😀", "a");
    const text = fc.oneof(fc.string({ unit: "grapheme" }), fc.array(tricky).map((parts) => parts.join("")));
    fc.assert(fc.property(text, (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it("keeps one offset pair per output character", () => {
    fc.assert(
      // any UTF-16 unit, lone surrogates included
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }), (s) => {
        const n = normalizeWithOffsets(s);
        return n.starts.length === n.text.length && n.ends.length === n.text.length;
      }),
    );
  });
});

describe("findQuote", () => {
  const body = "Intro.\n\nAbe’s visit  to Sochi in May\u00A02016 became a “thaw” — or so.\n\nEnd.";

  it("returns offsets into the original body", () => {
    const range = findQuote(body, `Abe's visit to Sochi in May 2016 became a "thaw" - or so.`);
    expect(range).not.toBeNull();
    expect(body.slice(range!.start, range!.end)).toBe("Abe’s visit  to Sochi in May\u00A02016 became a “thaw” — or so.");
  });

  it("maps an expanded ellipsis back to the one character", () => {
    const text = "He paused… then spoke.";
    const range = findQuote(text, "paused...");
    expect(text.slice(range!.start, range!.end)).toBe("paused…");
  });

  it("returns null for a quote that is not there, or differs in more than spacing and typography", () => {
    expect(findQuote(body, "Abe's visit to Sochi in June 2016")).toBeNull();
    expect(findQuote(body, "abe's visit to sochi")).toBeNull();
    expect(findQuote(body, "   ")).toBeNull();
  });

  // A range always covers whole characters with their combining marks, so it may be a little wider than the quote.
  it("finds any stretch of the body, and its range covers the quote", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), fc.nat(), fc.nat(), (text, a, b) => {
        const points = Array.from(text);
        const [from, to] = [a % (points.length + 1), b % (points.length + 1)].sort((x, y) => x - y);
        const quote = points.slice(from, to).join("");
        fc.pre(normalizeText(quote) !== "" && text.normalize("NFC") === text);
        const range = findQuote(text, quote);
        return range !== null && normalizeText(text.slice(range.start, range.end)).includes(normalizeText(quote));
      }),
    );
  });
});
