// Reads a typed number the way a student writes it ("2.5", "2,500", "$2.5 billion", "2.5bn", "40%") and expresses it
// in the question's unit, whose scale word ("USD billion") says what a bare number means.

const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, million: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
};
// Single letters count as scales only in answers ("2.5m"), never in a unit, where "m" may well mean metres.
const ANSWER_SCALES: Record<string, number> = { ...SCALE_WORDS, k: 1e3, m: 1e6, b: 1e9 };
const SCALE_AFTER_NUMBER = /^\s*(thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b)(?![a-z])/;
const NUMBER = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[-+]?\d+)?|[-+]?\.\d+(?:e[-+]?\d+)?/g;

/** 1e9 for "USD billion", 1 for "islands" or "percent". */
export function unitScale(unit: string): number {
  const words = unit.toLowerCase().split(/[^a-z]+/);
  const scale = words.map((word) => SCALE_WORDS[word]).find((value) => value !== undefined);
  return scale ?? 1;
}

function cleanUp(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2212\u2012\u2013]/g, "-") // a minus sign typed as a dash
    .replace(/(\d),(\d{1,2})(?!\d)/g, "$1.$2"); // "2,5" is a decimal comma, "2,500" a thousands separator
}

/**
 * What the response can mean in the question's unit, most likely first; empty when it holds no number or more than
 * one. A scale word in the response wins. A bare number is read in the question's unit ("2.5" for "USD billion"),
 * or else as a full amount ("2,500,000,000").
 */
export function readNumericResponse({ response, unit }: { response: string | number; unit: string }): number[] {
  if (typeof response === "number") return Number.isFinite(response) ? [response] : [];
  const text = cleanUp(response);
  const numbers = [...text.matchAll(NUMBER)];
  if (numbers.length !== 1) return [];
  const [match] = numbers;
  const value = Number(match[0].replace(/,/g, ""));
  if (!Number.isFinite(value)) return [];
  const scale = unitScale(unit);
  const scaleWord = SCALE_AFTER_NUMBER.exec(text.slice(match.index + match[0].length))?.[1];
  if (scaleWord) return [(value * ANSWER_SCALES[scaleWord]) / scale];
  return scale === 1 ? [value] : [value, value / scale];
}

/** Within tolerance, allowing for binary floating point ("2500 million" / 1e9 is 2.5, give or take 1e-16). */
export function isWithinTolerance({ given, answer, tolerance }: { given: number; answer: number; tolerance: number }) {
  return Math.abs(given - answer) <= tolerance + 1e-9 * Math.max(1, Math.abs(answer));
}
