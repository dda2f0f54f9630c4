// `npm test`: the whole suite. Question banks → unit → integration (real PostgreSQL) → production build → e2e (Chromium).
// Databases: fresh ones per run, dropped afterwards — on an embedded PostgreSQL in a temp folder by default, or on the
// server in DATABASE_URL (which is only used to create and drop `lectern_test_*` databases; its own data is untouched).
// `npm test -- --only=unit,integration` runs a subset.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM_HELP, findChromium } from "./lib/chromium.mjs";
import { ROOT, fail, findFreePort, log, withScratchDatabases } from "./lib/pg.mjs";

const onlyArg = process.argv.find((a) => a.startsWith("--only="));
// Anything else is handed to Playwright, e.g. `npm test -- --only=e2e --grep SCALE`.
const playwrightArgs = process.argv.slice(2).filter((a) => !a.startsWith("--only="));
const tiers = new Set((onlyArg ? onlyArg.slice(7) : "questions,unit,integration,e2e").split(","));
const bin = (name) => path.join(ROOT, "node_modules/.bin", name);
const timings = [];

function step(name, cmd, args, env = {}) {
  log(`▶ ${name}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env, CI: process.env.CI ?? "1" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds}s`);
  if (res.status !== 0) throw new Error(`${name} failed (exit ${res.status ?? res.signal})`);
}

/**
 * The e2e tier builds into one folder (.next-test); two runs at once on one checkout would overwrite each other's
 * build, so the second waits for the first. A lock left by a killed run is taken over.
 */
async function withBuildLock(fn) {
  const lock = path.join(ROOT, ".next-test.lock");
  for (let waited = 0; ; waited++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch {
      const holder = Number(fs.readFileSync(lock, "utf8"));
      let alive = true;
      try { process.kill(holder, 0); } catch { alive = false; }
      if (!alive) { fs.rmSync(lock, { force: true }); continue; }
      if (waited === 0) log(`Another test run (pid ${holder}) is using the e2e build; waiting for it…`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

async function main() {
  const chromium = tiers.has("e2e") ? findChromium() : null;
  if (tiers.has("e2e") && !chromium) fail(CHROMIUM_HELP);
  const started = Date.now();
  if (tiers.has("questions") && fs.existsSync(path.join(ROOT, "scripts/questions-check.ts"))) step("question banks", bin("tsx"), ["scripts/questions-check.ts"]);
  if (tiers.has("unit")) step("unit tests", bin("vitest"), ["run", "--project", "unit"]);
  const needDb = ["integration", "e2e"].filter((t) => tiers.has(t));
  if (needDb.length) {
    await withScratchDatabases(needDb, {}, async (urls) => {
      if (urls.integration) step("integration tests", bin("vitest"), ["run", "--project", "integration"], { DATABASE_URL: urls.integration });
      if (urls.e2e) await withBuildLock(async () => {
        // The banks from questions/, as `npm start` has them (no demo accounts: each test makes its own users).
        step("question import (e2e database)", bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: urls.e2e, LECTERN_DEMO: "0" });
        const distDir = ".next-test";
        const secret = crypto.randomBytes(32).toString("base64url");
        step("production build", process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
          LECTERN_DIST_DIR: distDir,
          NEXT_TELEMETRY_DISABLED: "1",
        });
        const port = await findFreePort(3100);
        const portB = await findFreePort(port + 1);
        step("e2e tests (Chromium)", bin("playwright"), ["test", ...playwrightArgs], {
          DATABASE_URL: urls.e2e,
          LECTERN_DIST_DIR: distDir,
          NEXTAUTH_SECRET: secret,
          NEXTAUTH_URL: `http://localhost:${port}`,
          E2E_PORT: String(port),
          E2E_PORT_B: String(portB),
          SIGNUP_LIMIT_PER_HOUR: "10000", // every e2e user signs up from 127.0.0.1
          PLAYWRIGHT_CHROMIUM_PATH: chromium,
          NEXT_TELEMETRY_DISABLED: "1",
        });
      });
    });
  }
  log(`All green in ${((Date.now() - started) / 1000).toFixed(0)}s — ${timings.join(" · ")}`);
}

main().catch((e) => {
  console.error(`\n\x1b[31m[lectern] ${e.message}\x1b[0m`);
  if (timings.length) console.error(`[lectern] ${timings.join(" · ")}`);
  process.exit(1);
});
