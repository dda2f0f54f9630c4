// Two rules on prompt wording, run by `npm run questions:check` over all banks at once:
// - no two questions share a prompt (brk-053 and brk-054 did: a student could not tell which one a card was);
// - a prompt that says "the article" names which one: the readings disagree on several points (chel-058), and a
//   question shown in a quiz or flashcard deck away from its reading must say whose account it asks for.
import { promptWords } from "./prompt-words";
import type { NormalizedQuestion } from "./schema";
import type { Problem } from "./yaml-locate";

type Located = { file: string; line: number; question: NormalizedQuestion };

/** Prompts equal after case, punctuation and spacing are ignored: reported at each later use. */
export function checkDuplicatePrompts(questions: Located[]): Problem[] {
  const first = new Map<string, Located>();
  return questions.flatMap((entry) => {
    const key = promptWords(entry.question.prompt).join(" ");
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, entry);
      return [];
    }
    const where = `${earlier.question.id} (${earlier.file}:${earlier.line})`;
    return [{ file: entry.file, line: entry.line, message: `${entry.question.id}: same prompt as ${where}; make each prompt say what sets its question apart` }];
  });
}

const NOUN = "(?:article|commentary|update|piece|essay|report|author)";
/**
 * "the article", "this update", "the same article", "the 2016 New Delhi commentary", "the 'Breakthrough?' article":
 * a determiner, up to four words that are not themselves determiners, and a noun for a reading or its author.
 */
const REFERENCE = new RegExp(`\\b(?:the|this)\\s+((?:(?!(?:the|this|a|an)\\b)\\S+\\s+){0,4}?)${NOUN}\\b`, "gi");
/** "Filippov's article", "Chellaney's December 2016 commentary". */
const POSSESSIVE = new RegExp(`\\b\\p{Lu}[\\p{L}-]*['’]s\\s+(?:\\S+\\s+){0,3}?${NOUN}\\b`, "u");
/** "the article on lessons from the Abe era", "the commentary datelined New Delhi", "the article named". */
const FOLLOWED = new RegExp(`\\b(?:the|this)\\s+${NOUN}\\s+(?:on|about|datelined|titled|entitled|called|named)\\b`, "i");

/** Words between determiner and noun name a reading when one is capitalised, has a digit or is a compound ("Suga-era"). */
const isNaming = (qualifier: string) => /\p{Lu}|\p{N}|\p{L}-\p{L}/u.test(qualifier);

/**
 * The first reference of a prompt to "the article" (or its author) when none of its references says which article it
 * is, or null. A prompt that never mentions an article is not judged here.
 */
export function unnamedArticle(prompt: string): string | null {
  const references = [...prompt.matchAll(REFERENCE)];
  if (references.length === 0 || POSSESSIVE.test(prompt) || FOLLOWED.test(prompt)) return null;
  return references.some((match) => isNaming(match[1])) ? null : references[0][0];
}

export function checkArticleNamed(questions: Located[]): Problem[] {
  return questions.flatMap(({ file, line, question }) => {
    const bare = unnamedArticle(question.prompt);
    if (bare === null) return [];
    const message = `${question.id}: the prompt says "${bare}" without naming the article; say which reading (e.g. "the Diplomat article", "the 2014 update") so readers of another article are not marked wrong`;
    return [{ file, line, message }];
  });
}
