// Idempotent seed, run by `npm start` on every start: the question banks from questions/, then — only when
// LECTERN_DEMO=1 — the demo accounts, whose password is published. `npm start` sets it for its embedded database only.
import path from "node:path";
import { formatJoinCode } from "@/lib/classes/join-code";
import { prisma } from "@/lib/db";
import { DEMO_INSTRUCTOR, DEMO_PASSWORD, DEMO_STUDENTS, seedDemo } from "@/lib/demo";
import { ImportRejected, importQuestionBanks } from "@/lib/questions/import-banks";
import { loadQuestionFiles } from "@/lib/questions/load-files";

async function importBanks() {
  try {
    const { readings, questions: q } = await importQuestionBanks({ db: prisma, files: loadQuestionFiles(path.resolve(import.meta.dirname, "..")), now: new Date() });
    console.log(`  Question banks: ${readings.created + readings.updated + readings.unchanged} readings · ${q.created} new, ${q.updated} updated, ${q.unchanged} unchanged, ${q.retired} retired questions`);
  } catch (e) {
    if (e instanceof ImportRejected) for (const err of e.errors) console.error(`${err.file}:${err.line} — ${err.message}`);
    throw e;
  }
}

async function main() {
  await importBanks();
  if (process.env.LECTERN_DEMO !== "1") {
    console.log("  Demo accounts: not created (LECTERN_DEMO is not 1). Create an administrator with `npm run admin:create -- <email>`.");
    return;
  }
  const { className, joinCode } = await seedDemo({ db: prisma });
  const rows = [["Instructor", DEMO_INSTRUCTOR.email], ...DEMO_STUDENTS.map((s) => ["Student", s.email])];
  console.log("\n  Demo accounts (LECTERN_DEMO=1; password for all: %s)", DEMO_PASSWORD);
  for (const [role, email] of rows) console.log(`    ${role.padEnd(11)} ${email}`);
  console.log(`  Demo class: ${className} · join code ${formatJoinCode(joinCode)}\n`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
