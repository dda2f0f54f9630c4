// How many questions each bank has, by type and by kind: the table `npm run questions:check` prints.
import {
  QUESTION_KINDS,
  QUESTION_TYPES,
  type NormalizedQuestion,
  type QuestionKind,
  type QuestionType,
} from "./schema";

export type CoverageRow = {
  total: number;
  byType: Record<QuestionType, number>;
  byKind: Record<QuestionKind, number>;
};
/** `byBank` is keyed by folder: a reading slug, or "synthesis". */
export type Coverage = { byBank: Record<string, CoverageRow>; total: CoverageRow };

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyCoverageRow(): CoverageRow {
  return { total: 0, byType: zeros(QUESTION_TYPES), byKind: zeros(QUESTION_KINDS) };
}

function count(row: CoverageRow, question: Pick<NormalizedQuestion, "type" | "kind">) {
  row.total += 1;
  row.byType[question.type] += 1;
  row.byKind[question.kind] += 1;
}

export function computeCoverage({ banks, questions }: {
  /** Every folder that should appear, even with no questions yet. */
  banks: string[];
  questions: { dir: string; question: Pick<NormalizedQuestion, "type" | "kind"> }[];
}): Coverage {
  const byBank: Record<string, CoverageRow> = {};
  for (const dir of banks) byBank[dir] = emptyCoverageRow();
  const total = emptyCoverageRow();
  for (const { dir, question } of questions) {
    byBank[dir] ??= emptyCoverageRow();
    count(byBank[dir], question);
    count(total, question);
  }
  return { byBank, total };
}
