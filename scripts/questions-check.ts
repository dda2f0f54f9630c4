// `npm run questions:check`: validates questions/ and prints `file:line — reason` for each problem (exit 1), or a
// coverage table (exit 0).
import path from "node:path";
import type { Coverage, CoverageRow } from "@/lib/questions/coverage";
import { loadQuestionFiles } from "@/lib/questions/load-files";
import { QUESTION_KINDS, QUESTION_TYPES } from "@/lib/questions/schema";
import { validateBanks } from "@/lib/questions/validate";

const SHORT_TYPE: Record<string, string> = {
  mcq: "mcq", true_false: "tf", numeric: "num", date: "date", short: "short", ordering: "ord", matching: "match",
};

function formatTable(coverage: Coverage): string {
  const columns = [...QUESTION_TYPES.map((t) => SHORT_TYPE[t]), ...QUESTION_KINDS];
  const cells = (row: CoverageRow) => [
    String(row.total),
    ...QUESTION_TYPES.map((t) => String(row.byType[t])),
    ...QUESTION_KINDS.map((k) => String(row.byKind[k])),
  ];
  const rows = [
    ["bank", "total", ...columns],
    ...Object.entries(coverage.byBank).map(([dir, row]) => [dir, ...cells(row)]),
    ["TOTAL", ...cells(coverage.total)],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(rows[0]), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1])].join("\n");
}

function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const result = validateBanks(loadQuestionFiles(root));
  if (result.errors.length > 0) {
    for (const error of result.errors) console.error(`${error.file}:${error.line} — ${error.message}`);
    console.error(`\n${result.errors.length} problem(s) in questions/`);
    process.exit(1);
  }
  console.log("types: " + QUESTION_TYPES.map((t) => `${SHORT_TYPE[t]}=${t}`).join(", "));
  console.log(formatTable(result.coverage));
  console.log(`\n${result.readings.length} readings, ${result.coverage.total.total} questions: all checks passed`);
}

main();
