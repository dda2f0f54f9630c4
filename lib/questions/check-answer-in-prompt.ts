// A prompt must not print its own answer (syn-042 asked for a year it named two lines earlier). Checked for the
// types whose answer is typed in: short, numeric and date. An mcq shows its answer among the options anyway, and a
// true/false, ordering or matching answer is not a word that could leak.
import { containsWords, promptWords } from "./prompt-words";
import type { NormalizedQuestion } from "./schema";
import type { Problem } from "./yaml-locate";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "2,500" → 2500, "0.8" → 0.8; null for a word that is not a plain number. */
function wordAsNumber(word: string): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ""));
  return /^\d+(\.\d+)?$/.test(word) ? Number(word) : null;
}

/**
 * The ways a date at its granularity can be written in a prompt. A year answer leaks when the year is printed; a
 * month or day answer only when the whole date is (a month question may name its year: "in which month of 2016").
 */
function dateSpellings(answer: string): string[][] {
  const [year, month, day] = answer.split("-");
  if (!month) return [[year]];
  const names = [MONTHS[Number(month) - 1], MONTHS[Number(month) - 1].slice(0, 3)];
  if (!day) return [[answer], ...names.flatMap((name) => [[name, year], [year, name]])];
  const d = String(Number(day));
  return [[answer], ...names.flatMap((name) => [[d, name, year], [name, d, year], [d, name], [name, d]])];
}

/** What of the answer the prompt prints (for the message), or null. */
export function answerInPrompt(question: NormalizedQuestion): string | null {
  const prompt = promptWords(question.prompt);
  switch (question.type) {
    case "short":
      return [question.answer, ...question.accept].find((text) => containsWords(prompt, promptWords(text))) ?? null;
    case "numeric":
      return prompt.some((word) => wordAsNumber(word) === question.answer) ? String(question.answer) : null;
    case "date": {
      const spelling = dateSpellings(question.answer).find((words) => containsWords(prompt, words));
      return spelling ? spelling.join(" ") : null;
    }
    default:
      return null;
  }
}

export function checkAnswersInPrompts(questions: { file: string; line: number; question: NormalizedQuestion }[]): Problem[] {
  return questions.flatMap(({ file, line, question }) => {
    const leaked = answerInPrompt(question);
    if (leaked === null) return [];
    return [{ file, line, message: `${question.id}: the prompt prints its own answer ("${leaked}"); reword it so a student has to know it` }];
  });
}
