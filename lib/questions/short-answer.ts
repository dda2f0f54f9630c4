import { normalizeText } from "./normalize-text";

const ARTICLES = new Set(["a", "an", "the"]);

/**
 * The comparison key for short answers: case, punctuation, extra spaces, accents and the articles a/an/the do not
 * count. Hyphens and slashes separate words ("Moscow-Beijing" = "Moscow Beijing"); other punctuation just goes
 * ("U.S." = "US", "Abe’s" = "Abes").
 */
export function normalizeShortAnswer(text: string): string {
  return normalizeText(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[-/\\]/g, " ")
    .replace(/\p{P}/gu, "")
    .split(/\s+/)
    .filter((word) => word !== "" && !ARTICLES.has(word))
    .join(" ");
}
