// `npm start`: the app on http://localhost:3000.
// No DATABASE_URL → an embedded PostgreSQL in .data/pg (kept between runs), with the demo accounts. DATABASE_URL set →
// that server, untouched otherwise, and no demo accounts unless asked for. Flags: --dev (next dev instead of a
// production build), --db-only (just the database, for migrations), --demo (demo accounts on a DATABASE_URL server).
import "dotenv/config";
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT, assertReachable, ensureDatabase, fail, findFreePort, isPortFree, log, migrate, startEmbedded, withDatabase } from "./lib/pg.mjs";
import { postgresCanReach } from "./lib/postgres-server.mjs";
import { needsBuild } from "./lib/build-state.mjs";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const dbOnly = args.has("--db-only");
const dataRoot = path.resolve(ROOT, process.env.LECTERN_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");

function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(dataRoot, "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataRoot, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
    log(`Generated a session secret in ${path.relative(ROOT, file)} (git-ignored). In production set NEXTAUTH_SECRET instead.`);
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

/**
 * `.data/pg` in the clone — unless we run as root in a clone under a private folder (e.g. /root, mode 700), where
 * PostgreSQL (run as the OS user "postgres") cannot reach it: then a folder of its own under /var/lib/lectern, said on
 * screen.
 */
function embeddedDataDir() {
  const preferred = path.join(dataRoot, "pg");
  fs.mkdirSync(dataRoot, { recursive: true });
  if (process.env.LECTERN_DATA_DIR || postgresCanReach(preferred)) return preferred;
  const hash = crypto.createHash("sha256").update(ROOT).digest("hex").slice(0, 8);
  const fallback = path.join("/var/lib/lectern", hash, "pg"); // root's, kept (unlike /var/tmp, which systems age out)
  log(`PostgreSQL cannot reach ${dataRoot} (a parent folder is private), so its data lives in ${fallback}. Set LECTERN_DATA_DIR to choose.`);
  return fallback;
}

/**
 * The demo accounts share a password published in the README, so they are seeded only where a person asked for them:
 * on the embedded database (this machine's own) unless LECTERN_DEMO=0; on a DATABASE_URL server only with --demo or
 * LECTERN_DEMO=1. Returns the value handed to the seed and the sentence said on screen.
 */
function demoChoice(embedded) {
  const asked = process.env.LECTERN_DEMO;
  if (args.has("--demo")) return { demo: true, why: "because you asked for them (--demo)" };
  if (asked === "0" || asked === "1") return { demo: asked === "1", why: `because LECTERN_DEMO=${asked}` };
  if (embedded) return { demo: true, why: "because this is the embedded database of this machine (LECTERN_DEMO=0 skips them)" };
  return {
    demo: false,
    why: "because DATABASE_URL names a server others may use and their password is published. To add them: npm start -- --demo",
  };
}

let db = null;
let child = null;
async function shutdown(code) {
  if (child && child.exitCode === null) child.kill("SIGTERM");
  if (db) await db.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => shutdown(130));
process.on("SIGTERM", () => shutdown(143));

async function main() {
  if (!dbOnly && !(await isPortFree(port))) fail(`Port ${port} is in use. Is Lectern already running? Stop it, or pick another port: PORT=3001 npm start`);
  ensureSecret();
  const embedded = !process.env.DATABASE_URL;
  if (!embedded) {
    await assertReachable(process.env.DATABASE_URL);
    log(`Using the PostgreSQL server in DATABASE_URL (${new URL(process.env.DATABASE_URL).host}).`);
  } else {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 0) || (await findFreePort(54329));
    const dataDir = embeddedDataDir();
    const shown = dataDir.startsWith(ROOT) ? path.relative(ROOT, dataDir) : dataDir;
    log(`Starting the embedded PostgreSQL (data in ${shown}, port ${pgPort})…`);
    db = await startEmbedded({ dataDir, port: pgPort });
    await ensureDatabase(db.adminUrl, "lectern");
    process.env.DATABASE_URL = withDatabase(db.adminUrl, "lectern");
  }
  log("Applying migrations…");
  migrate(process.env.DATABASE_URL, { quiet: true });
  const { demo, why } = demoChoice(embedded);
  log(`Seeding (idempotent): the question banks${demo ? " and the demo accounts" : ""}. Demo accounts ${demo ? "seeded" : "not seeded"} ${why}.`);
  const seedEnv = { ...process.env, LECTERN_DEMO: demo ? "1" : "0" };
  const seedSummary = execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: ROOT, encoding: "utf8", env: seedEnv });
  process.stdout.write(seedSummary);
  if (dbOnly) {
    log(`Database ready: DATABASE_URL=${process.env.DATABASE_URL}  (Ctrl-C to stop)`);
    return;
  }
  if (!dev && needsBuild()) {
    log("Building the app (first start or changed sources; about a minute)…");
    execFileSync(process.execPath, [nextBin, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
  child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], { cwd: ROOT, stdio: "inherit", env });
  child.on("exit", (code) => shutdown(code ?? 1));
  // Said again after the build output, so the newcomer sees where to go and how to sign in.
  setTimeout(() => {
    process.stdout.write(seedSummary);
    log(`Lectern runs on http://localhost:${port}  (Ctrl-C to stop)`);
  }, 1500).unref();
}

main().catch(async (e) => {
  console.error(e);
  await shutdown(1);
});
