// Checks a reading folder: its front matter, and that every body paragraph was copied from source.txt (so nothing
// in the body was written by us or taken from another page).
import { normalizeText } from "./normalize-text";
import { parseReading, type ParsedReading } from "./parse-files";
import type { ReadingFolder } from "./question-files";
import type { Problem } from "./yaml-locate";

export type CheckedReading = {
  slug: string;
  parsed: ParsedReading | null;
  /** source.txt, normalised once for the "outside the article body" check. */
  normalizedSource: string | null;
};

const excerpt = (text: string) => {
  const flat = normalizeText(text);
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
};

function blockProblems(parsed: ParsedReading, normalizedSource: string): Problem[] {
  return parsed.blocks
    .filter((block) => !normalizedSource.includes(normalizeText(block.text)))
    .map((block) => ({
      file: parsed.file,
      line: block.line,
      message: `body ${block.kind} not found in source.txt: "${excerpt(block.text)}"`,
    }));
}

export function checkReadingFolder(folder: ReadingFolder): { reading: CheckedReading; problems: Problem[] } {
  const problems: Problem[] = [];
  const { reading, source } = folder;
  if (reading.text === null) problems.push({ file: reading.file, line: 1, message: "reading.md is missing" });
  if (source.text === null) problems.push({ file: source.file, line: 1, message: "source.txt is missing" });
  const parsed = reading.text === null ? null : parseReading({ file: reading.file, text: reading.text });
  const normalizedSource = source.text === null ? null : normalizeText(source.text);
  if (parsed) {
    problems.push(...parsed.problems);
    if (parsed.meta && parsed.meta.slug !== folder.dir) {
      const message = `slug "${parsed.meta.slug}" does not match its folder "${folder.dir}"`;
      problems.push({ file: parsed.file, line: parsed.lineOf(["slug"]), message });
    }
    if (parsed.body === "") problems.push({ file: parsed.file, line: 1, message: "the article body is empty" });
    if (normalizedSource !== null) problems.push(...blockProblems(parsed, normalizedSource));
  }
  return { reading: { slug: folder.dir, parsed, normalizedSource }, problems };
}
