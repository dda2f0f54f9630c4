// Writes a bank back in the bank.yaml format, so that questions edited in the app can go back into git:
// parseBank(toYaml(bank)) gives the same bank.
import { Document, isMap, isSeq, visit, type YAMLMap } from "yaml";
import { PARTIAL_DATE_PATTERN } from "../partial-date";
import type { BankFile, Question } from "../schema";

const FLOW_LIMIT = 100;

function typeFields(q: Question): Record<string, unknown> {
  switch (q.type) {
    case "mcq":
      return { options: q.options, answer: q.answer };
    case "true_false":
    case "date":
      return { answer: q.answer };
    case "numeric":
      return { answer: q.answer, unit: q.unit, ...(q.tolerance > 0 ? { tolerance: q.tolerance } : {}) };
    case "short":
      return { answer: q.answer, ...(q.accept.length > 0 ? { accept: q.accept } : {}) };
    case "ordering":
      return { items: q.items.map((item) => (item.date ? { text: item.text, date: item.date } : { text: item.text })) };
    case "matching":
      return { pairs: q.pairs.map((pair) => ({ left: pair.left, right: pair.right })) };
  }
}

/** Field order as in questions/README.md: who, what, then the answer, then why and where from. */
function toPlain(q: Question): Record<string, unknown> {
  const { id, type, kind, difficulty, tags, prompt, explanation, quote } = q;
  return { id, type, kind, difficulty, tags, prompt, ...typeFields(q), explanation, quote };
}

// Short lists of words read best inline, as in the README: `tags: [sochi, summit]`; long ones one per line.
function styleQuestion(node: YAMLMap) {
  for (const pair of node.items) {
    if (!isSeq(pair.value)) continue;
    const values: unknown[] = pair.value.toJSON();
    const isShort = values.every((v) => typeof v === "string" && !v.includes("\n"));
    pair.value.flow = isShort && values.join(", ").length <= FLOW_LIMIT;
  }
}

export function toYaml(bank: BankFile): string {
  const doc = new Document({ reading: bank.reading, questions: bank.questions.map(toPlain) });
  const questions = doc.get("questions", true);
  if (isSeq(questions)) {
    questions.items.forEach((item, i) => {
      if (!isMap(item)) return;
      styleQuestion(item);
      if (i > 0) item.spaceBefore = true;
    });
  }
  // Dates are quoted, as the README asks: YAML 1.1 tools read an unquoted 2016-12-15 as a timestamp, and 2016 is a
  // number everywhere.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && PARTIAL_DATE_PATTERN.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}
