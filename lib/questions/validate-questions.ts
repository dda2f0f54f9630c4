// Checks that need more than one question's own fields: its quotes against the readings, and an ordering's dates
// against what its quotes actually state.
import { createQuoteFinder, normalizeText, type TextRange } from "./normalize-text";
import type { ParsedBank } from "./parse-files";
import { comparePartialDates, parsePartialDate, type PartialDate } from "./partial-date";
import type { NormalizedQuestion, NormalizedQuestionOf } from "./schema";
import type { CheckedReading } from "./validate-readings";
import type { Problem } from "./yaml-locate";

export type ReadingIndex = Map<string, { reading: CheckedReading; find: (quote: string) => TextRange | null }>;

export function indexReadings(readings: CheckedReading[]): ReadingIndex {
  const index: ReadingIndex = new Map();
  for (const reading of readings) {
    if (reading.parsed) index.set(reading.slug, { reading, find: createQuoteFinder(reading.parsed.body) });
  }
  return index;
}

/** `index` is the question's position in the bank file; `quoteIsList` says how the file wrote its quote. */
export type QuestionContext = { bank: ParsedBank; index: number; quoteIsList: boolean; question: NormalizedQuestion };

function quotePath({ index, quoteIsList }: QuestionContext, position: number): (string | number)[] {
  return quoteIsList ? ["questions", index, "quote", position] : ["questions", index, "quote"];
}

function quoteMessage(readings: ReadingIndex, slug: string, text: string): string | null {
  const entry = readings.get(slug);
  if (!entry) return `quote names reading "${slug}", which has no reading.md`;
  if (entry.find(text)) return null;
  const source = entry.reading.normalizedSource;
  if (source !== null && source.includes(normalizeText(text)))
    return `quote found in the page but outside the article body (e.g. a reader comment) of "${slug}"`;
  return `quote not found in the reading "${slug}"`;
}

export function checkQuotes(context: QuestionContext, readings: ReadingIndex): Problem[] {
  const { bank, question } = context;
  return question.sources.flatMap((source, position) => {
    const message = quoteMessage(readings, source.reading, source.text);
    if (!message) return [];
    const line = bank.lineOf(quotePath(context, position));
    return [{ file: bank.file, line, message: `${question.id}: ${message}` }];
  });
}

function yearIsStated(year: number, quoteText: string): boolean {
  return new RegExp(`(?<!\\d)${year}(?!\\d)`).test(quoteText);
}

type DatedItem = { text: string; date: string; position: number; parsed: PartialDate };

function datedItems(question: NormalizedQuestionOf<"ordering">): DatedItem[] {
  return question.items.flatMap(({ text, date }, position) => {
    const parsed = date ? parsePartialDate(date) : null;
    return date && parsed ? [{ text, date, position, parsed }] : [];
  });
}

/** Every date is compared with every earlier one: "2016" and "2016-05" are both compatible with either order. */
function itemMessages(item: DatedItem, earlier: DatedItem[], quoteText: string): string[] {
  const messages: string[] = [];
  const before = earlier.find((previous) => comparePartialDates(previous.parsed, item.parsed) > 0);
  if (before)
    messages.push(`items out of order: "${before.text}" (${before.date}) is listed before "${item.text}" (${item.date})`);
  if (!yearIsStated(item.parsed.year, quoteText))
    messages.push(`item "${item.text}" is dated ${item.date}, but the year ${item.parsed.year} is not in its quote`);
  return messages;
}

/** What is wrong with an ordering's dates, by item position: shared by the files' checker and the in-app editor. */
export function orderingIssues(question: NormalizedQuestionOf<"ordering">): { position: number; message: string }[] {
  const quoteText = question.sources.map((source) => source.text).join("\n");
  const dated = datedItems(question);
  return dated.flatMap((item, k) => itemMessages(item, dated.slice(0, k), quoteText).map((message) => ({ position: item.position, message })));
}

export function checkOrdering(context: QuestionContext & { question: NormalizedQuestionOf<"ordering"> }): Problem[] {
  const { bank, index, question } = context;
  return orderingIssues(question).map(({ position, message }) => ({
    file: bank.file,
    line: bank.lineOf(["questions", index, "items", position]),
    message: `${question.id}: ${message}`,
  }));
}
