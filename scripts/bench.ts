// `npm run bench -- questions | http`: figures, printed. Nothing here asserts; regressions are read, not failed.
import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";

const ROOT = path.resolve(import.meta.dirname, "..");
// @ts-expect-error plain JS helper shared with the start and test scripts
const pgTools = await import("./lib/pg.mjs");

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

async function benchQuestions() {
  const { loadQuestionFiles } = await import("@/lib/questions/load-files");
  const { validateBanks } = await import("@/lib/questions/validate");
  const [files, loadMs] = time(() => loadQuestionFiles(ROOT));
  const runs = Array.from({ length: 5 }, () => time(() => validateBanks(files))[1]);
  const result = validateBanks(files);
  console.log(`load files: ${loadMs.toFixed(1)} ms · validate ${result.questions.length} questions: median ${runs.sort((a, b) => a - b)[2].toFixed(1)} ms (5 runs)`);

  await pgTools.withScratchDatabases(["bench"], {}, async ({ bench }: { bench: string }) => {
    const script = `import("@/lib/questions/import-banks").then(async ({ importQuestionBanks }) => {
      const { prisma } = await import("@/lib/db"); const { loadQuestionFiles } = await import("@/lib/questions/load-files");
      const files = loadQuestionFiles(process.cwd());
      for (const label of ["first import", "re-import (unchanged)"]) {
        const t = performance.now(); const r = await importQuestionBanks({ db: prisma, files, now: new Date() });
        console.log(label + ": " + (performance.now() - t).toFixed(0) + " ms", JSON.stringify(r.questions));
      }
      await prisma.$disconnect(); })`;
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["-e", script], { cwd: ROOT, stdio: "inherit", env: { ...process.env, DATABASE_URL: bench } });
  });
}

async function run(title: string, opts: autocannon.Options) {
  const r = await autocannon({ connections: 10, duration: 10, ...opts });
  console.log(`${title.padEnd(34)} ${r.requests.average.toFixed(0).padStart(6)} req/s · p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · non-2xx ${r.non2xx}`);
}

async function benchHttp() {
  const base = process.env.BENCH_URL ?? "http://localhost:3000";
  const email = process.env.BENCH_EMAIL ?? "teacher@example.com";
  const password = process.env.BENCH_PASSWORD ?? "lectern-demo-2026";
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = await csrfRes.json();
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = login.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Could not sign in as ${email} at ${base}: is \`npm start\` running with the demo data?`);
  console.log(`against ${base} (10 connections, 10 s each)`);
  await run("GET /login (anonymous page)", { url: `${base}/login` });
  await run("GET /instructor (signed-in page)", { url: `${base}/instructor`, headers: { cookie: session } });
  await run("GET /api/auth/session", { url: `${base}/api/auth/session`, headers: { cookie: session } });
}

const which = process.argv[2];
if (which === "questions") await benchQuestions();
else if (which === "http") await benchHttp();
else {
  console.error("usage: npm run bench -- questions | http");
  process.exitCode = 2;
}
