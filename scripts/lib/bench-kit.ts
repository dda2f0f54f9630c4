// What the HTTP benchmarks share (bench-review.ts, bench-quiz.ts): percentiles, timed requests, a production build
// started on a scratch database, signed-in students without the sign-in endpoint, and the floor — a bare Node `http`
// server doing one `pg` INSERT … RETURNING per request on the same database, in its own process like the app.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";

export const ROOT = path.resolve(import.meta.dirname, "../..");
// @ts-expect-error plain JS helper shared with the start and test scripts
export const pgTools = await import("./pg.mjs");
// @ts-expect-error plain JS helper
const { needsBuild } = await import("./build-state.mjs");

export type Sample = { ms: number; ok: boolean };

export const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
export const summary = (xs: Sample[]) => {
  const ms = xs.map((x) => x.ms);
  return { n: xs.length, p50: pct(ms, 50), p95: pct(ms, 95), p99: pct(ms, 99), errors: xs.filter((x) => !x.ok).length };
};
export const round = (x: number) => Math.round(x * 100) / 100;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request, timed to its last byte; `ok` when the status is one of `okStatuses`. */
export async function timed(fn: () => Promise<Response>, okStatuses = [200]): Promise<{ sample: Sample; res: Response | null; body: string }> {
  const t = performance.now();
  try {
    const res = await fn();
    const body = await res.text();
    return { sample: { ms: performance.now() - t, ok: okStatuses.includes(res.status) }, res, body };
  } catch {
    return { sample: { ms: performance.now() - t, ok: false }, res: null, body: "" };
  }
}

export async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(100);
  }
  throw new Error(`no answer from ${url}`);
}

/** The floor: a bare Node http server, one pg INSERT … RETURNING per request, in its own process like the app. */
export function startFloor(url: string, port: number) {
  const code = `
    const http = require("node:http"); const pg = require("pg");
    const pool = new pg.Pool({ connectionString: ${JSON.stringify(url)}, max: 10 });
    pool.query('CREATE TABLE IF NOT EXISTS bench_floor (id serial PRIMARY KEY, v int)').then(() => {
      http.createServer(async (req, res) => {
        try { const r = await pool.query('INSERT INTO bench_floor (v) VALUES ($1) RETURNING id', [1]);
              res.writeHead(200, { "content-type": "application/json" }); res.end(JSON.stringify(r.rows[0])); }
        catch (e) { res.writeHead(500); res.end(String(e)); }
      }).listen(${port}, "127.0.0.1");
    });`;
  return spawn(process.execPath, ["-e", code], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
}

/** The floor's latency at light load: 100 sequential requests, 50 ms apart. */
export async function floorLight(floorUrl: string) {
  const samples: Sample[] = [];
  for (let i = 0; i < 100; i++) {
    samples.push((await timed(() => fetch(floorUrl, { method: "POST" }))).sample);
    await sleep(50);
  }
  return summary(samples);
}

/** The floor's throughput: `concurrency` closed loops for `seconds`; requests per second. */
export async function floorThroughput(floorUrl: string, { concurrency = 32, seconds = 5 } = {}) {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < until) {
      if ((await timed(() => fetch(floorUrl, { method: "POST" }))).sample.ok) done++;
    }
  }));
  return Math.round(done / seconds);
}

/** A production build in `distDir` (rebuilt only when sources changed) started on `url`; returns it and its base URL. */
export async function startProductionApp({ url, distDir, secret, port, extraEnv = {} }: { url: string; distDir: string; secret: string; port: number; extraEnv?: Record<string, string> }) {
  const env = { ...process.env, DATABASE_URL: url, LECTERN_DIST_DIR: distDir, NEXTAUTH_SECRET: secret, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };
  if (needsBuild(distDir)) {
    console.log(`building the app into ${distDir} …`);
    execFileSync(path.join(ROOT, "node_modules/.bin/next"), ["build"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  }
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env: { ...env, NEXTAUTH_URL: base }, stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`${base}/api/health`, app);
  return { app, base };
}

/**
 * A signed-in user's cookie, made by next-auth's own encoder with the server's secret — what sign-in sets (the
 * sign-in endpoint's per-address limit would refuse hundreds of sign-ins from one address).
 */
export async function sessionCookie({ userId, secret }: { userId: string; secret: string }) {
  const token = await encode({ token: { uid: userId, sv: 0, sub: userId }, secret });
  return `next-auth.session-token=${token}`;
}
