// Everything `npm run questions:check` (and the import) verifies, over files already read from disk.
import { computeCoverage, type Coverage } from "./coverage";
import { parseBank, type ParsedBank } from "./parse-files";
import type { Problem } from "./yaml-locate";
import { SYNTHESIS_DIR, type BankSource, type QuestionFiles } from "./question-files";
import { normalizeQuestion, type NormalizedQuestion, type QuestionType, type ReadingMeta } from "./schema";
import {
  checkOrdering,
  checkQuotes,
  indexReadings,
  type QuestionContext,
  type ReadingIndex,
} from "./validate-questions";
import { checkReadingFolder } from "./validate-readings";

export type ValidationError = Problem;
export type CheckedQuestion = { file: string; line: number; dir: string; question: NormalizedQuestion };
export type CheckedReadingContent = { slug: string; meta: ReadingMeta; body: string };
export type ValidationResult = {
  /** Sorted by file, then line. Empty means the banks may be imported. */
  errors: ValidationError[];
  coverage: Coverage;
  /** Readings whose front matter parsed, for the import. */
  readings: CheckedReadingContent[];
  /** Questions that passed the schema (they may still have errors above). */
  questions: CheckedQuestion[];
};

/** id → type as recorded in the database: a published id never changes type. */
type KnownTypes = ReadonlyMap<string, QuestionType>;
export type ValidateBanksInput = QuestionFiles & { knownTypes?: KnownTypes };

function checkBankReading(source: BankSource, bank: ParsedBank, readingDirs: Set<string>): Problem[] {
  const at = (message: string) => [{ file: bank.file, line: bank.lineOf(["reading"]), message }];
  if (bank.reading === undefined) return [];
  if (source.dir === SYNTHESIS_DIR)
    return bank.reading === null ? [] : at("the synthesis bank must have reading: null");
  if (bank.reading === null)
    return at(`reading: null is only for ${SYNTHESIS_DIR}/bank.yaml; this bank's reading is "${source.dir}"`);
  if (bank.reading !== source.dir) return at(`reading "${bank.reading}" does not match its folder "${source.dir}"`);
  return readingDirs.has(source.dir) ? [] : at(`there is no reading.md for "${source.dir}"`);
}

type Seen = Map<string, { file: string; line: number }>;

function checkIdentity(question: CheckedQuestion, seen: Seen, knownTypes?: KnownTypes): Problem[] {
  const { file, line, question: { id, type } } = question;
  const problems: Problem[] = [];
  const first = seen.get(id);
  if (first) problems.push({ file, line, message: `duplicate id ${id} (first used at ${first.file}:${first.line})` });
  else seen.set(id, { file, line });
  const known = knownTypes?.get(id);
  if (known && known !== type) {
    const message = `was published as a ${known} question and is now ${type}: an id never changes type, give it a new id`;
    problems.push({ file, line, message: `${id} ${message}` });
  }
  return problems;
}

/** `checkQuoteText` is false when the bank names the wrong reading: its quotes would all fail, saying nothing new. */
function checkBankQuestions(source: BankSource, bank: ParsedBank, readings: ReadingIndex, checkQuoteText: boolean) {
  const questions: CheckedQuestion[] = [];
  const problems: Problem[] = [];
  if (bank.reading === undefined) return { questions, problems };
  for (const { question: raw, index, line } of bank.questions) {
    const question = normalizeQuestion({ question: raw, reading: bank.reading });
    const context: QuestionContext = { bank, index, quoteIsList: Array.isArray(raw.quote), question };
    if (checkQuoteText) problems.push(...checkQuotes(context, readings));
    if (question.type === "ordering") problems.push(...checkOrdering({ ...context, question }));
    questions.push({ file: bank.file, line, dir: source.dir, question });
  }
  return { questions, problems };
}

const byPosition = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;

export function validateBanks({ readings, banks, knownTypes }: ValidateBanksInput): ValidationResult {
  const errors: Problem[] = [];
  const checkedReadings = readings.map((folder) => {
    const { reading, problems } = checkReadingFolder(folder);
    errors.push(...problems);
    return reading;
  });
  const index = indexReadings(checkedReadings);
  const readingDirs = new Set(index.keys());
  const questions: CheckedQuestion[] = [];
  const seen: Seen = new Map();
  for (const source of banks) {
    const bank = parseBank(source);
    const readingProblems = checkBankReading(source, bank, readingDirs);
    errors.push(...bank.problems, ...readingProblems);
    const checked = checkBankQuestions(source, bank, index, readingProblems.length === 0);
    errors.push(...checked.problems);
    for (const question of checked.questions) errors.push(...checkIdentity(question, seen, knownTypes));
    questions.push(...checked.questions);
  }
  const dirs = [...readings.map((r) => r.dir), ...banks.map((b) => b.dir)];
  const coverage = computeCoverage({ banks: [...new Set(dirs)], questions });
  const contents = checkedReadings.flatMap(({ slug, parsed }) =>
    parsed?.meta ? [{ slug, meta: parsed.meta, body: parsed.body }] : [],
  );
  return { errors: errors.sort(byPosition), coverage, readings: contents, questions };
}
