// Verbatim matching of quotes against a reading. The README allows exactly these differences and nothing else:
// Unicode normal form, whitespace, typographic vs straight quotes, dashes and the ellipsis.

const CHARACTER_MAP: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
  "\u2026": "...",
};
const MAPPED = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2010-\u2015\u2026]/g;
const WHITESPACE = /\s/;

// A base character with the marks that follow it is the unit of work, so that NFC (which can merge a letter with
// its combining marks, or Hangul jamo into a syllable) never straddles two units, and every output character can be
// traced back to a span of the original text. (Intl.Segmenter does the same but is ~20x slower on a whole reading.)
const CLUSTER = /[^\p{M}\u1160-\u11FF][\p{M}\u1160-\u11FF]*|[\p{M}\u1160-\u11FF]+/gsu;
const PLAIN = /^[\x21-\x7E]+$/;

export type NormalizedText = {
  text: string;
  /** For each character of `text`, the [start, end) of the original span it came from. */
  starts: number[];
  ends: number[];
};

export function normalizeWithOffsets(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastIsSpace = true; // so leading whitespace is dropped
  for (const match of original.matchAll(CLUSTER)) {
    const cluster = match[0];
    const mapped = PLAIN.test(cluster) ? cluster : cluster.normalize("NFC").replace(MAPPED, (ch) => CHARACTER_MAP[ch]);
    for (const ch of mapped) {
      const isSpace = WHITESPACE.test(ch);
      if (isSpace && lastIsSpace) continue;
      lastIsSpace = isSpace;
      const piece = isSpace ? " " : ch;
      for (let i = 0; i < piece.length; i++) {
        out.push(piece[i]);
        starts.push(match.index);
        ends.push(match.index + cluster.length);
      }
    }
  }
  if (lastIsSpace && out.length > 0) {
    out.pop();
    starts.pop();
    ends.pop();
  }
  return { text: out.join(""), starts, ends };
}

export function normalizeText(text: string): string {
  return normalizeWithOffsets(text).text;
}

export type TextRange = { start: number; end: number };

/**
 * Where `quote` occurs in `body`, as [start, end) offsets into the ORIGINAL body (so the reading page can highlight
 * the exact sentence), or null when it does not occur.
 */
export function findQuote(body: string, quote: string): TextRange | null {
  return createQuoteFinder(body)(quote);
}

/** Normalises the body once, for checking many quotes against the same reading. */
export function createQuoteFinder(body: string): (quote: string) => TextRange | null {
  const haystack = normalizeWithOffsets(body);
  return (quote) => {
    const needle = normalizeText(quote);
    const at = needle === "" ? -1 : haystack.text.indexOf(needle);
    if (at < 0) return null;
    return { start: haystack.starts[at], end: haystack.ends[at + needle.length - 1] };
  };
}
