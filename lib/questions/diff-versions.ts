// Comparing two versions of a question field by field, as the version page shows it. Pure: no database, no React.
import type { Question } from "./schema";

export type FieldChange = { field: string; label: string; before: string; after: string };

const LABELS: [field: string, label: string][] = [
  ["prompt", "Prompt"], ["kind", "Kind"], ["difficulty", "Difficulty"], ["tags", "Tags"], ["options", "Options"],
  ["answer", "Answer"], ["unit", "Unit"], ["tolerance", "Tolerance"], ["accept", "Other accepted answers"],
  ["items", "Items, in order"], ["pairs", "Pairs"], ["explanation", "Explanation"], ["quote", "Quote"],
];

/** One readable line per list entry; absent fields read as empty. */
export function fieldText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(fieldText).join("\n");
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("left" in v) return `${fieldText(v.left)} → ${fieldText(v.right)}`;
    if ("reading" in v) return `${fieldText(v.reading)}: ${fieldText(v.text)}`;
    if ("text" in v) return v.date ? `${fieldText(v.text)} (${fieldText(v.date)})` : fieldText(v.text);
    return JSON.stringify(value);
  }
  return String(value);
}

/** The fields whose text differs between `before` and `after`, in the order the editor shows them. */
export function diffQuestions(before: Question, after: Question): FieldChange[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return LABELS.flatMap(([field, label]) => {
    const [was, is] = [fieldText(a[field]), fieldText(b[field])];
    return was === is ? [] : [{ field, label, before: was, after: is }];
  });
}

/** Every field of one version, for reading it on its own (empty fields left out). */
export function questionFields(question: Question): { field: string; label: string; text: string }[] {
  const q = question as unknown as Record<string, unknown>;
  return LABELS.flatMap(([field, label]) => {
    const text = fieldText(q[field]);
    return text === "" ? [] : [{ field, label, text }];
  });
}
