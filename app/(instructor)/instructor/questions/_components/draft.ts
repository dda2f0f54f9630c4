// The editor's form state: strings as the inputs hold them, and every type's fields at once, so that switching a new
// question's type keeps what was typed. `toQuestionInput` builds the bank.yaml-shaped question the server takes;
// `validateDraft` runs the same schema in the browser for instant messages (the server's check is the real one).
import { createQuoteFinder } from "@/lib/questions/normalize-text";
import { baseIdOf } from "@/lib/questions/question-id";
import { questionSchema, quoteFormIssue, type Question, type QuestionKind, type QuestionType, type Quote } from "@/lib/questions/schema";

export type Granularity = "year" | "month" | "day";
export type SourceDraft = { reading: string; text: string };
export type Draft = {
  id: string;
  type: QuestionType;
  kind: QuestionKind;
  difficulty: string;
  tags: string;
  prompt: string;
  explanation: string;
  sources: SourceDraft[];
  options: string[];
  correctOption: number;
  truth: "true" | "false";
  number: string;
  unit: string;
  tolerance: string;
  date: string;
  granularity: Granularity;
  answer: string;
  accept: string;
  items: { text: string; date: string }[];
  pairs: { left: string; right: string }[];
};
export type FieldErrors = Record<string, string>;
export type Update = (patch: Partial<Draft>) => void;

export { TYPE_LABELS } from "@/components/reading/question-labels";

/** A new question's id may be left empty (the server numbers it); this stands in for it while validating. */
const PLACEHOLDER_ID = "new-001";

export function emptyDraft(reading: string): Draft {
  return {
    id: "", type: "mcq", kind: "event", difficulty: "2", tags: "", prompt: "", explanation: "",
    sources: [{ reading, text: "" }],
    options: ["", "", "", ""], correctOption: 0, truth: "true",
    number: "", unit: "", tolerance: "", date: "", granularity: "month", answer: "", accept: "",
    items: [{ text: "", date: "" }, { text: "", date: "" }, { text: "", date: "" }],
    pairs: [{ left: "", right: "" }, { left: "", right: "" }, { left: "", right: "" }],
  };
}

function sourcesOf(quote: Quote, bankReading: string | null): SourceDraft[] {
  const list = typeof quote === "string" ? [quote] : quote;
  return list.map((q) => (typeof q === "string" ? { reading: bankReading ?? "", text: q } : { ...q }));
}

export function granularityOf(date: string): Granularity {
  return date.length > 7 ? "day" : date.length > 4 ? "month" : "year";
}

export function draftFromQuestion(q: Question, bankReading: string | null): Draft {
  const base = { ...emptyDraft(bankReading ?? ""), id: q.id, type: q.type, kind: q.kind, difficulty: String(q.difficulty) };
  const d: Draft = { ...base, tags: q.tags.join(" "), prompt: q.prompt, explanation: q.explanation, sources: sourcesOf(q.quote, bankReading) };
  switch (q.type) {
    case "mcq":
      return { ...d, options: [...q.options], correctOption: q.options.indexOf(q.answer) };
    case "true_false":
      return { ...d, truth: q.answer ? "true" : "false" };
    case "numeric":
      return { ...d, number: String(q.answer), unit: q.unit, tolerance: q.tolerance ? String(q.tolerance) : "" };
    case "date":
      return { ...d, date: q.answer, granularity: granularityOf(q.answer) };
    case "short":
      return { ...d, answer: q.answer, accept: q.accept.join("\n") };
    case "ordering":
      return { ...d, items: q.items.map((item) => ({ text: item.text, date: item.date ?? "" })) };
    case "matching":
      return { ...d, pairs: q.pairs.map((pair) => ({ ...pair })) };
  }
}

/** A number as typed, or the text itself so that the schema reports it. */
const numberOrText = (s: string) => (s.trim() !== "" && Number.isFinite(Number(s)) ? Number(s) : s);
const lines = (s: string) => s.split("\n").map((line) => line.trim()).filter(Boolean);

function quoteOf(sources: SourceDraft[], bankReading: string | null): Quote {
  if (bankReading === null) return sources.map(({ reading, text }) => ({ reading, text }));
  return sources.length === 1 ? sources[0].text : sources.map((source) => source.text);
}

export function toQuestionInput(d: Draft, bankReading: string | null): Record<string, unknown> {
  const tags = d.tags.split(/[\s,]+/).filter(Boolean);
  const common = {
    id: d.id.trim() || undefined, type: d.type, kind: d.kind, difficulty: Number(d.difficulty), tags,
    prompt: d.prompt, explanation: d.explanation, quote: quoteOf(d.sources, bankReading),
  };
  switch (d.type) {
    case "mcq":
      return { ...common, options: d.options, answer: d.options[d.correctOption] ?? "" };
    case "true_false":
      return { ...common, answer: d.truth === "true" };
    case "numeric":
      return { ...common, answer: numberOrText(d.number), unit: d.unit, ...(d.tolerance.trim() ? { tolerance: numberOrText(d.tolerance) } : {}) };
    case "date":
      return { ...common, answer: d.date };
    case "short":
      return { ...common, answer: d.answer, accept: lines(d.accept) };
    case "ordering":
      return { ...common, items: d.items.map((item) => (item.date.trim() ? { text: item.text, date: item.date.trim() } : { text: item.text })) };
    case "matching":
      return { ...common, pairs: d.pairs };
  }
}

type Reading = { slug: string; body: string };

function quoteProblems(sources: SourceDraft[], readings: Reading[]): FieldErrors {
  const errors: FieldErrors = {};
  sources.forEach((source, i) => {
    const reading = readings.find((r) => r.slug === source.reading);
    if (reading && source.text.trim() && !createQuoteFinder(reading.body)(source.text))
      errors[sources.length === 1 ? "quote" : `quote.${i}`] = `not found in the reading "${source.reading}"`;
  });
  return errors;
}

/** Messages by field path ("prompt", "options.2", "quote.1"), worded as the server words them. */
export function validateDraft(d: Draft, bankReading: string | null, readings: Reading[]): FieldErrors {
  const input = toQuestionInput(d, bankReading);
  // An owned id ("dip-001~3fa9c2") is checked as its base, as the server checks it.
  const result = questionSchema.safeParse({ ...input, id: typeof input.id === "string" ? baseIdOf(input.id) : PLACEHOLDER_ID });
  const errors: FieldErrors = {};
  for (const issue of result.error?.issues ?? []) errors[issue.path.join(".") || "_"] ??= issue.message;
  if (d.type === "numeric" && typeof input.answer !== "number") errors.answer = "must be a number";
  if (!result.success) return errors;
  const formIssue = quoteFormIssue({ bankReading, quote: result.data.quote });
  if (formIssue) return { quote: formIssue };
  return quoteProblems(d.sources, readings);
}
