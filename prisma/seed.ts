// Idempotent seed, run by `npm start` on every start: demo accounts (unless LECTERN_DEMO=0).
import { formatJoinCode } from "@/lib/classes/join-code";
import { prisma } from "@/lib/db";
import { DEMO_INSTRUCTOR, DEMO_PASSWORD, DEMO_STUDENTS, seedDemo } from "@/lib/demo";

async function main() {
  if (process.env.LECTERN_DEMO === "0") return;
  const { className, joinCode } = await seedDemo({ db: prisma });
  const rows = [
    ["Instructor", DEMO_INSTRUCTOR.email],
    ...DEMO_STUDENTS.map((s) => ["Student", s.email]),
  ];
  console.log("\n  Demo accounts (password for all: %s)", DEMO_PASSWORD);
  for (const [role, email] of rows) console.log(`    ${role.padEnd(11)} ${email}`);
  console.log(`  Demo class: ${className} · join code ${formatJoinCode(joinCode)}\n`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
