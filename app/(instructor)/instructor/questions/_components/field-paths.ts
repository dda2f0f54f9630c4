// Where each message of the form belongs: the path the schema names ("options.2", "quote.1.text") → the control's
// DOM id and a label a person reads. The error summary links every problem to its field with these.
import type { Draft } from "./draft";

type Target = { id: string | null; label: string };

const SIMPLE: Record<string, Target> = {
  id: { id: "field-id", label: "Id" },
  bank: { id: "field-bank", label: "Bank" },
  type: { id: "field-type", label: "Question type" },
  prompt: { id: "field-prompt", label: "Prompt" },
  kind: { id: "field-kind", label: "Kind" },
  difficulty: { id: "field-difficulty", label: "Difficulty" },
  tags: { id: "field-tags", label: "Tags" },
  explanation: { id: "field-explanation", label: "Explanation" },
  unit: { id: "field-unit", label: "Unit" },
  tolerance: { id: "field-tolerance", label: "Tolerance" },
  accept: { id: "field-accept", label: "Other accepted answers" },
};

function answerTarget(draft: Draft): Target {
  switch (draft.type) {
    case "mcq":
      return { id: `correct-${Math.max(0, draft.correctOption)}`, label: "Correct option" };
    case "numeric":
      return { id: "field-number", label: "Answer" };
    case "date":
      return { id: "field-date", label: "Answer date" };
    case "short":
      return { id: "field-answer", label: "Answer" };
    default:
      return { id: null, label: "Answer" };
  }
}

export function fieldTarget(path: string, draft: Draft): Target {
  const [head, index, leaf] = path.split(".");
  const n = Number(index ?? 0);
  const single = draft.sources.length === 1;
  if (head === "answer") return answerTarget(draft);
  if (head === "options") return { id: `field-option-${n}`, label: index ? `Option ${n + 1}` : "Options" };
  if (head === "items") return leaf === "date" ? { id: `field-item-date-${n}`, label: `Item ${n + 1} date` } : { id: `field-item-${n}`, label: index ? `Item ${n + 1}` : "Items" };
  if (head === "pairs") return { id: leaf === "right" ? `field-right-${n}` : `field-left-${n}`, label: index ? `Pair ${n + 1} ${leaf ?? ""}`.trim() : "Pairs" };
  if (head === "quote") {
    if (leaf === "reading") return { id: `field-source-reading-${n}`, label: `Reading of quote ${n + 1}` };
    return { id: `field-quote-${n}`, label: single || !index ? "Quote" : `Quote ${n + 1}` };
  }
  return SIMPLE[head] ?? { id: null, label: head === "_" ? "Question" : head };
}
