// Parses reading.md and bank.yaml into typed values, keeping a line number for every question and every problem.
import { LineCounter, parseDocument } from "yaml";
import type { SourceFile } from "./question-files";
import {
  bankEnvelopeSchema,
  questionSchema,
  quoteFormIssue,
  readingMetaSchema,
  type Question,
  type ReadingMeta,
} from "./schema";
import { lineOfPath, syntaxProblems, zodProblems, type Path, type Problem, type YamlSource } from "./yaml-locate";

export type ReadingBlock = { kind: "paragraph" | "heading"; text: string; line: number };
export type ParsedReading = {
  file: string;
  meta: ReadingMeta | null;
  /** The article body: everything after the front matter, without surrounding blank lines. */
  body: string;
  blocks: ReadingBlock[];
  problems: Problem[];
  /** Line of a front-matter field. */
  lineOf: (path: Path) => number;
};

export type LocatedQuestion = { question: Question; index: number; line: number };
export type ParsedBank = {
  file: string;
  /** undefined when the `reading:` field itself is broken. */
  reading: string | null | undefined;
  /** Only the questions that passed the schema; the others are in `problems`. */
  questions: LocatedQuestion[];
  problems: Problem[];
  lineOf: (path: Path) => number;
};

function loadYaml(file: string, text: string, lineOffset: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  return { file, doc, lineCounter, lineOffset };
}

const isBlank = (line: string) => line.trim() === "";

export function splitBlocks(lines: string[], firstLine: number): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  let current: { lines: string[]; line: number } | null = null;
  const flush = () => {
    if (current) blocks.push({ kind: "paragraph", text: current.lines.join("\n"), line: current.line });
    current = null;
  };
  lines.forEach((line, i) => {
    const heading = /^##\s+(.*)$/.exec(line);
    if (isBlank(line) || heading) flush();
    if (heading) blocks.push({ kind: "heading", text: heading[1].trim(), line: firstLine + i });
    else if (!isBlank(line)) {
      current ??= { lines: [], line: firstLine + i };
      current.lines.push(line);
    }
  });
  flush();
  return blocks;
}

export function parseReading({ file, text }: SourceFile): ParsedReading {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const close = lines[0]?.trimEnd() === "---" ? lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---") : -1;
  if (close < 0) {
    const problem = { file, line: 1, message: "reading.md must start with front matter between two --- lines" };
    return { file, meta: null, body: text.trim(), blocks: splitBlocks(lines, 1), problems: [problem], lineOf: () => 1 };
  }
  const yaml = loadYaml(file, lines.slice(1, close).join("\n"), 1);
  let meta: ReadingMeta | null = null;
  const problems = syntaxProblems(yaml);
  if (problems.length === 0) {
    const result = readingMetaSchema.safeParse(yaml.doc.toJS());
    if (result.success) meta = result.data;
    else problems.push(...zodProblems(yaml, result.error.issues));
  }
  const bodyLines = lines.slice(close + 1);
  const body = bodyLines.join("\n").trim();
  const lineOf = (path: Path) => lineOfPath(yaml, path);
  return { file, meta, body, blocks: splitBlocks(bodyLines, close + 2), problems, lineOf };
}

function questionLabel(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.trim() !== "" ? id : `question #${index + 1}`;
}

function parseQuestion(yaml: YamlSource, raw: unknown, index: number, reading: string | null | undefined) {
  const prefix = ["questions", index];
  const label = questionLabel(raw, index);
  const result = questionSchema.safeParse(raw);
  if (!result.success) return { problems: zodProblems(yaml, result.error.issues, { prefix, label }) };
  const formIssue = reading === undefined ? null : quoteFormIssue({ bankReading: reading, quote: result.data.quote });
  if (formIssue) {
    const line = lineOfPath(yaml, [...prefix, "quote"]);
    return { problems: [{ file: yaml.file, line, message: `${label} quote: ${formIssue}` }] };
  }
  return { question: result.data, problems: [] };
}

export function parseBank({ file, text }: SourceFile): ParsedBank {
  const yaml = loadYaml(file, text, 0);
  const lineOf = (path: Path) => lineOfPath(yaml, path);
  const problems = syntaxProblems(yaml);
  if (problems.length > 0) return { file, reading: undefined, questions: [], problems, lineOf };
  const js: unknown = yaml.doc.toJS();
  const envelope = bankEnvelopeSchema.safeParse(js);
  if (!envelope.success) problems.push(...zodProblems(yaml, envelope.error.issues));
  const reading = envelope.success ? envelope.data.reading : undefined;
  const rawQuestions = (js as { questions?: unknown } | null)?.questions;
  const questions: LocatedQuestion[] = [];
  (Array.isArray(rawQuestions) ? rawQuestions : []).forEach((raw, index) => {
    const parsed = parseQuestion(yaml, raw, index, reading);
    problems.push(...parsed.problems);
    if (parsed.question) questions.push({ question: parsed.question, index, line: lineOf(["questions", index]) });
  });
  return { file, reading, questions, problems, lineOf };
}
