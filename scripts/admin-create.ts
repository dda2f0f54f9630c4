// `npm run admin:create -- <email> [name]`: creates the site administrator (or resets one) with a random password,
// printed once here and stored only as a hash (docs/decisions/007-who-may-teach.md). Uses DATABASE_URL; unset, the
// embedded database of a running `npm start` on its default port. `--json` prints {email, password} for the e2e setup.
import "dotenv/config";

const EMBEDDED_DEFAULT = "postgresql://postgres:postgres@127.0.0.1:54329/lectern";

async function main() {
  const json = process.argv.includes("--json");
  const [email, ...nameParts] = process.argv.slice(2).filter((a) => a !== "--json");
  if (!email) {
    console.error("Usage: npm run admin:create -- <email> [name]");
    process.exitCode = 2;
    return;
  }
  process.env.DATABASE_URL ??= EMBEDDED_DEFAULT;
  // Imported late: the database client reads DATABASE_URL when it loads.
  const { prisma } = await import("@/lib/db");
  const { createAdmin } = await import("@/lib/users/create-admin");
  try {
    const { user, password, created } = await createAdmin({ db: prisma, email, name: nameParts.join(" ") || undefined });
    if (json) return void console.log(JSON.stringify({ email: user.email, password }));
    console.log(`\n  ${created ? "Created" : "Reset"} administrator ${user.name} <${user.email}> in ${new URL(process.env.DATABASE_URL).host}.`);
    console.log(`  Password (shown only now, stored only as a hash): ${password}`);
    console.log("  Sign in at /login, then invite instructors from /admin.\n");
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
