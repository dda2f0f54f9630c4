import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// `npm start --db-only` as a newcomer runs it: embedded PostgreSQL, migrations, banks and demo seed — then a second
// start against the same data folder must refuse clearly, and a restart must find the data again. Against a server in
// DATABASE_URL it seeds the demo accounts (published password) only when asked. The root-in-a-private-folder case is
// proven by .ci/run, which starts a clone placed in a `mktemp -d` folder. Generous timeouts: a cold initdb, migrations
// and the bank import take ~45 s on an idle 2-core machine and over 2 minutes on a busy one.
const ROOT = path.resolve(import.meta.dirname, "../..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "lectern-start-"));
fs.chmodSync(dataDir, 0o755);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const children: ChildProcess[] = [];
function start(port: number) {
  const env: Record<string, string | undefined> = { ...process.env, LECTERN_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) };
  delete env.DATABASE_URL; // the default path: no external server
  const child = spawn(process.execPath, ["scripts/start.mjs", "--db-only"], { cwd: ROOT, env: env as NodeJS.ProcessEnv });
  children.push(child);
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => output.includes("Database ready") && (clearInterval(timer), resolve(output)), 100);
    child.on("exit", (code) => (clearInterval(timer), reject(Object.assign(new Error(`exited ${code}`), { output, code }))));
  });
  return { child, ready, output: () => output };
}

function stop(child: ChildProcess) {
  return new Promise<number | null>((resolve) => {
    child.on("exit", (code) => resolve(code));
    child.kill("SIGINT");
  });
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGINT"); // a timed-out test leaves none behind
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start (embedded database)", () => {
  it("starts, refuses a second start on the same data, stops cleanly and keeps the data", { timeout: 300_000 }, async () => {
    const port = await freePort();
    const first = start(port);
    const out = await first.ready;
    expect(out).toMatch(/Demo accounts/);
    expect(out).toMatch(/364|questions/);

    const second = start(await freePort());
    const refused = await second.ready.catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/already in use by PostgreSQL .* Is Lectern already running\?/);

    expect(await stop(first.child)).toBe(130);
    expect(fs.existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);

    const again = start(port);
    const out2 = await again.ready;
    expect(out2).toMatch(/0 new, 0 updated, \d+ unchanged/); // same data folder, nothing re-imported
    await stop(again.child);
  });
});

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("npm start (DATABASE_URL)", () => {
  // A database of its own beside the run's integration database, on the same server, named lectern_test_* like it.
  const runUrl = new URL(process.env.DATABASE_URL!);
  const name = `${runUrl.pathname.slice(1)}_start`;
  const adminUrl = Object.assign(new URL(runUrl), { pathname: "/postgres" }).toString();
  const url = Object.assign(new URL(runUrl), { pathname: `/${name}` }).toString();
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ["scripts/start.mjs", "--db-only", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, LECTERN_DATA_DIR: dataDir, LECTERN_DEMO: "" },
    });
  const demoInstructors = () => sql(url, `SELECT 1 FROM "User" WHERE email = 'teacher@example.com'`);

  afterAll(() => sql(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it("seeds no demo accounts unless asked, says so, and seeds them with --demo", { timeout: 300_000 }, async () => {
    await sql(adminUrl, `CREATE DATABASE "${name}"`);
    const plain = await run();
    expect(plain.stdout).toMatch(/Demo accounts not seeded because DATABASE_URL names a server others may use.*npm start -- --demo/);
    expect(plain.stdout).not.toMatch(/lectern-demo-2026/);
    expect(await demoInstructors()).toHaveLength(0);

    const asked = await run("--demo");
    expect(asked.stdout).toMatch(/Demo accounts seeded because you asked for them \(--demo\)/);
    expect(await demoInstructors()).toHaveLength(1);
  });
});
