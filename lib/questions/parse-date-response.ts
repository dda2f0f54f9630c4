// Reads a typed date: "2016", "May 2016", "2016-05", "6 May 2016", "May 6, 2016", "the 6th of May 2016", "2016-05-06".
import { MONTH_NAMES, makePartialDate, type PartialDate } from "./partial-date";

const NUMERIC = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const FILLER = new Set(["the", "of", "in"]);

function monthFromWord(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => {
    const lower = name.toLowerCase();
    return lower.startsWith(word) || (word === "sept" && lower === "september");
  });
  return index < 0 ? undefined : index + 1;
}

function fromWords(words: string[]): PartialDate | null {
  const month = words.map(monthFromWord).find((m) => m !== undefined);
  const monthAt = words.findIndex((w) => monthFromWord(w) !== undefined);
  const rest = words.filter((_, i) => i !== monthAt);
  const year = rest.find((w) => /^\d{4}$/.test(w));
  const day = rest.find((w) => /^\d{1,2}$/.test(w));
  const used = [month, year, day].filter((x) => x !== undefined).length;
  if (year === undefined || used !== words.length) return null;
  if (day !== undefined && month === undefined) return null;
  return makePartialDate(Number(year), month, day === undefined ? undefined : Number(day));
}

export function parseDateResponse(response: string): PartialDate | null {
  const text = response.normalize("NFKC").trim().toLowerCase();
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, year, month, day] = numeric;
    return makePartialDate(Number(year), month ? Number(month) : undefined, day ? Number(day) : undefined);
  }
  const words = text
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1")
    .split(/[\s,.]+/)
    .filter((w) => w !== "" && !FILLER.has(w));
  return words.length > 0 && words.length <= 3 ? fromWords(words) : null;
}
