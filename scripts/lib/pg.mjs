// Database plumbing shared by `npm start` and `npm test`: the embedded PostgreSQL, fresh databases, migrations.
// Plain Node (no TypeScript) so it runs before anything is built.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { reachableBinaries } from "./postgres-binaries.mjs";
import { initialiseCluster, postgresCanReach, postgresOsUser, startPostgres } from "./postgres-server.mjs";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export function log(msg) {
  console.log(`\x1b[36m[lectern]\x1b[0m ${msg}`);
}

export function fail(msg) {
  console.error(`\n\x1b[31m[lectern] ${msg}\x1b[0m\n`);
  process.exit(1);
}

export async function isPortFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1" }, () => srv.close(() => resolve(true)));
  });
}

export async function findFreePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) if (await isPortFree(port)) return port;
  throw new Error(`No free port found from ${preferred}`);
}

function runningPid(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // stale file from a crash: PostgreSQL cleans it up itself
  }
}

/** mkdir -p; as root, the folders it creates are opened to "postgres" (mode 755) whatever the umask. */
function makeReachableDir(dir) {
  const first = fs.mkdirSync(dir, { recursive: true });
  if (!first || !postgresOsUser()) return;
  for (let d = dir; d.length >= first.length; d = path.dirname(d)) fs.chmodSync(d, 0o755);
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL in `dataDir`. Returns its admin URL and a stop function.
 * Refuses, with a clear message, a data directory another running server already uses. As root it runs as the OS user
 * "postgres", from a copy of its binaries when node_modules sits in a private folder (decision 004).
 */
export async function startEmbedded({ dataDir, port }) {
  const pid = runningPid(dataDir);
  if (pid) fail(`The database in ${dataDir} is already in use by PostgreSQL (pid ${pid}). Is Lectern already running? Stop it first (Ctrl-C in its terminal).`);
  try {
    makeReachableDir(path.dirname(dataDir));
    if (!postgresCanReach(dataDir)) {
      fail(
        `PostgreSQL runs as the OS user "postgres" when started by root, and that user cannot reach ${path.dirname(dataDir)} ` +
          `(a parent folder is private). Set LECTERN_DATA_DIR to a folder it can reach, e.g. LECTERN_DATA_DIR=/var/lib/lectern/mine npm start.`,
      );
    }
    const binaries = await reachableBinaries();
    if (!binaries.packaged) {
      log(
        `PostgreSQL runs as the OS user "postgres", which cannot reach node_modules here (a parent folder is private): ` +
          `it runs a copy of its binaries in ${binaries.native} (${binaries.copied ? "copied now" : "copied earlier, checked"}).`,
      );
    }
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initialiseCluster({ native: binaries.native, dataDir, password: "postgres" });
    const server = await startPostgres({ native: binaries.native, dataDir, port });
    return { adminUrl: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`, stop: server.stop };
  } catch (e) {
    fail(e.message);
  }
}

/** Fails with a readable message when the server in `url` cannot be reached or refuses us. */
export async function assertReachable(url, what = "DATABASE_URL") {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    fail(`${what} is not a valid URL. Expected postgresql://user:password@host:5432/database`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    fail(`Cannot use the PostgreSQL server in ${what} (${parsed.host}${parsed.pathname}): ${e.message}. Is it running, and are the user, password and database right?`);
  } finally {
    await client.end().catch(() => {});
  }
}

export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(adminUrl, sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(adminUrl, name) {
  const { rowCount } = await admin(adminUrl, `SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`);
  if (!rowCount) await admin(adminUrl, `CREATE DATABASE "${name}"`);
}

export async function dropDatabase(adminUrl, name) {
  await admin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** `prisma migrate deploy` through the offline WASM engine (see docs/decisions/001-prisma-offline.md). */
export function migrate(databaseUrl, { quiet = false } = {}) {
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ""} --require=${path.join(ROOT, "prisma/unref-long-timers.cjs")}`.trim();
  try {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
      cwd: ROOT,
      stdio: quiet ? "pipe" : "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: nodeOptions, CHECKPOINT_DISABLE: "1" },
    });
  } catch (e) {
    const output = `${e.stdout ?? ""}${e.stderr ?? ""}`.trim();
    fail(`Applying the migrations failed:\n${output || e.message}`);
  }
}

/** A temp folder PostgreSQL can reach: under TMPDIR, or /var/tmp when TMPDIR is private and we run as root. */
function scratchFolder() {
  for (const base of [os.tmpdir(), "/var/tmp"]) {
    const dir = fs.mkdtempSync(path.join(base, "lectern-scratch-"));
    fs.chmodSync(dir, 0o755);
    if (postgresCanReach(path.join(dir, "pg"))) return dir;
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fail(`PostgreSQL runs as the OS user "postgres" when started by root, and that user can reach neither ${os.tmpdir()} nor /var/tmp.`);
}

/**
 * Fresh databases named `lectern_test_<random>_<name>` for `fn(urls)`, dropped afterwards whatever happens: on the
 * server in DATABASE_URL (whose own data is never touched), else on a throwaway embedded server in a temp folder.
 * Used by `npm test`, `npm run migrate:new` and the benchmarks.
 */
export async function withScratchDatabases(names, { migrated = true } = {}, fn) {
  let server = null;
  let tmp = null;
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    await assertReachable(adminUrl);
    log(`Using the PostgreSQL server in DATABASE_URL (${new URL(adminUrl).host}) for scratch databases.`);
  } else {
    tmp = scratchFolder();
    server = await startEmbedded({ dataDir: path.join(tmp, "pg"), port: await findFreePort(55432) });
    adminUrl = server.adminUrl;
  }
  const suffix = crypto.randomBytes(4).toString("hex");
  const dbs = Object.fromEntries(names.map((n) => [n, `lectern_test_${suffix}_${n}`]));
  try {
    const urls = {};
    for (const [n, db] of Object.entries(dbs)) {
      await ensureDatabase(adminUrl, db);
      urls[n] = withDatabase(adminUrl, db);
      if (migrated) migrate(urls[n], { quiet: true });
    }
    return await fn(urls);
  } finally {
    for (const db of Object.values(dbs)) await dropDatabase(adminUrl, db).catch(() => {});
    if (server) await server.stop().catch(() => {});
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}
