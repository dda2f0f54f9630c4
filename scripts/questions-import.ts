// `npm run questions:import`: validate questions/ and write it to the database (DATABASE_URL) in one transaction.
import path from "node:path";
import { prisma } from "@/lib/db";
import { ImportRejected, importQuestionBanks } from "@/lib/questions/import-banks";
import { loadQuestionFiles } from "@/lib/questions/load-files";

async function main() {
  const files = loadQuestionFiles(path.resolve(import.meta.dirname, ".."));
  try {
    const report = await importQuestionBanks({ db: prisma, files, now: new Date() });
    const r = report.readings;
    const q = report.questions;
    console.log(`Readings:  ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`);
    console.log(`Questions: ${q.created} created, ${q.updated} updated, ${q.unchanged} unchanged, ${q.retired} retired, ${q.restored} restored`);
  } catch (e) {
    if (!(e instanceof ImportRejected)) throw e;
    for (const err of e.errors) console.error(`${err.file}:${err.line} — ${err.message}`);
    console.error(e.message);
    process.exitCode = 1;
  }
}

main().finally(() => prisma.$disconnect());
