// `npm run questions:check`: validates questions/ and prints `file:line — reason` for each problem (exit 1), or the
// coverage tables (exit 0). Warnings are printed either way and do not fail the run.
import path from "node:path";
import { checkAnswerPositions } from "@/lib/questions/check-answer-positions";
import { checkAnswersInPrompts } from "@/lib/questions/check-answer-in-prompt";
import { checkOwnWords } from "@/lib/questions/check-own-words";
import { checkArticleNamed, checkDuplicatePrompts } from "@/lib/questions/check-prompts";
import type { Coverage, CoverageRow } from "@/lib/questions/coverage";
import { loadQuestionFiles } from "@/lib/questions/load-files";
import { QUESTION_KINDS, QUESTION_TYPES } from "@/lib/questions/schema";
import { validateBanks } from "@/lib/questions/validate";
import type { Problem } from "@/lib/questions/yaml-locate";

function formatTable(coverage: Coverage, columns: readonly string[], pick: (row: CoverageRow) => number[]): string {
  const cells = (row: CoverageRow) => [String(row.total), ...pick(row).map(String)];
  const rows = [
    ["bank", "total", ...columns],
    ...Object.entries(coverage.byBank).map(([dir, row]) => [dir, ...cells(row)]),
    ["all banks", ...cells(coverage.total)],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(rows[0]), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1])].join("\n");
}

const byPosition = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;
const format = (problem: Problem) => `${problem.file}:${problem.line} — ${problem.message}`;

function main() {
  // An optional argument checks another checkout (or a copy with a deliberate mistake).
  const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, ".."));
  const result = validateBanks(loadQuestionFiles(root));
  const { questions } = result;
  const errors = [
    ...result.errors,
    ...checkOwnWords(result),
    ...checkDuplicatePrompts(questions),
    ...checkAnswersInPrompts(questions),
    ...checkArticleNamed(questions),
  ].sort(byPosition);
  const warnings = checkAnswerPositions(questions).sort(byPosition);
  for (const warning of warnings) console.warn(`warning: ${format(warning)}`);
  if (errors.length > 0) {
    for (const error of errors) console.error(format(error));
    console.error(`\n${errors.length} problem(s) in questions/`);
    process.exit(1);
  }
  const { coverage } = result;
  console.log("Questions by type\n");
  console.log(formatTable(coverage, QUESTION_TYPES, (row) => QUESTION_TYPES.map((t) => row.byType[t])));
  console.log("\nQuestions by kind\n");
  console.log(formatTable(coverage, QUESTION_KINDS, (row) => QUESTION_KINDS.map((k) => row.byKind[k])));
  const note = warnings.length > 0 ? ` (${warnings.length} warning(s) above)` : "";
  console.log(`\n${result.readings.length} readings, ${coverage.total.total} questions: all checks passed${note}`);
}

main();
