// Marks one response against one question. Pure and deterministic: the same response always gets the same mark.
import { normalizeText } from "@/lib/questions/normalize-text";
import { parseDateResponse } from "@/lib/questions/parse-date-response";
import { isWithinTolerance, readNumericResponse } from "@/lib/questions/parse-number";
import { formatIsoPartialDate, granularityOf, parsePartialDate } from "@/lib/questions/partial-date";
import { responseSchemas, type ResponseOf } from "@/lib/questions/response-schema";
import type { NormalizedQuestionOf, QuestionOf, QuestionType } from "@/lib/questions/schema";
import { normalizeShortAnswer } from "@/lib/questions/short-answer";

export type NormalizedResponse = string | number | boolean | string[] | Record<string, string | null> | null;
export type Mark = { correct: boolean; normalizedResponse: NormalizedResponse };
/** A question from a file or from the app: marking only needs the type's own fields. */
export type AnswerKey<T extends QuestionType = QuestionType> = QuestionOf<T> | NormalizedQuestionOf<T>;

const same = (a: string, b: string) => normalizeText(a) === normalizeText(b);

function markMcq(q: AnswerKey<"mcq">, response: ResponseOf<"mcq">): Mark {
  const chosen = q.options.find((option) => same(option, response));
  return { correct: chosen === q.answer, normalizedResponse: chosen ?? normalizeText(response) };
}

function markTrueFalse(q: AnswerKey<"true_false">, response: ResponseOf<"true_false">): Mark {
  const text = typeof response === "string" ? response.trim().toLowerCase() : null;
  const value = text === null ? response : text === "true" ? true : text === "false" ? false : null;
  return { correct: value === q.answer, normalizedResponse: value };
}

function markNumeric(q: AnswerKey<"numeric">, response: ResponseOf<"numeric">): Mark {
  const candidates = readNumericResponse({ response, unit: q.unit });
  const hit = candidates.find((given) => isWithinTolerance({ given, answer: q.answer, tolerance: q.tolerance }));
  return { correct: hit !== undefined, normalizedResponse: hit ?? candidates[0] ?? null };
}

function markDate(q: AnswerKey<"date">, response: ResponseOf<"date">): Mark {
  const answer = parsePartialDate(q.answer);
  const given = parseDateResponse(response);
  if (!answer || !given) return { correct: false, normalizedResponse: null };
  const precision = granularityOf(answer);
  // A day answers a month question (it names the month); a month cannot answer a day question, as its missing day
  // never equals the answer's.
  const correct =
    given.year === answer.year &&
    (precision === "year" || given.month === answer.month) &&
    (precision !== "day" || given.day === answer.day);
  return { correct, normalizedResponse: formatIsoPartialDate(given) };
}

function markShort(q: AnswerKey<"short">, response: ResponseOf<"short">): Mark {
  const given = normalizeShortAnswer(response);
  const accepted = [q.answer, ...q.accept].map(normalizeShortAnswer);
  return { correct: given !== "" && accepted.includes(given), normalizedResponse: given };
}

function markOrdering(q: AnswerKey<"ordering">, response: ResponseOf<"ordering">): Mark {
  const correct = response.length === q.items.length && q.items.every((item, i) => same(item.text, response[i]));
  return { correct, normalizedResponse: response.map(normalizeText) };
}

function markMatching(q: AnswerKey<"matching">, response: ResponseOf<"matching">): Mark {
  const given = new Map(Object.entries(response).map(([left, right]) => [normalizeText(left), right]));
  const chosen = Object.fromEntries(q.pairs.map(({ left }) => [left, given.get(normalizeText(left)) ?? null]));
  const correct = given.size === q.pairs.length && q.pairs.every(({ left, right }) => same(chosen[left] ?? "", right));
  return { correct, normalizedResponse: chosen };
}

/** `response` is untrusted: anything that does not fit the question's response schema is simply wrong. */
export function markAnswer(question: AnswerKey, response: unknown): Mark {
  const parsed = responseSchemas[question.type].safeParse(response);
  if (!parsed.success) return { correct: false, normalizedResponse: null };
  const value = parsed.data as never;
  switch (question.type) {
    case "mcq": return markMcq(question, value);
    case "true_false": return markTrueFalse(question, value);
    case "numeric": return markNumeric(question, value);
    case "date": return markDate(question, value);
    case "short": return markShort(question, value);
    case "ordering": return markOrdering(question, value);
    case "matching": return markMatching(question, value);
  }
}
