// The words of a prompt or answer as the prompt checks compare them: case, accents, typographic quotes and punctuation
// do not count, but a hyphenated or slashed compound ("Japan-Russia", "Senkaku/Diaoyu") and a number with its
// decimal point or thousands separator ("0.8", "2,500") stay one word, so "Japan" is not found inside "Japan-Russia".
import { normalizeText } from "./normalize-text";

const WORD = /[\p{L}\p{N}]+(?:[-/.,'][\p{L}\p{N}]+)*/gu;
const ARTICLES = new Set(["a", "an", "the"]);

export function promptWords(text: string): string[] {
  const plain = normalizeText(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return (plain.match(WORD) ?? []).filter((word) => !ARTICLES.has(word));
}

/** Whether `needle` occurs in `haystack` as a run of whole words. */
export function containsWords(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  return false;
}
