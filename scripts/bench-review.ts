// `npm run bench:review`: the flashcard review loop under load (issue 7, "Speed"). A scratch database with a class of
// 200 students × 200 cards, a production build in its own folder, the real endpoints (next, reveal, rate) driven over
// HTTP as signed-in students, and the floor — a bare Node `http` server doing one `pg` INSERT … RETURNING per request
// on the same database — in the same run. (a) light load: 20 students, one card every 5 s each; (b) capacity: an
// open-loop arrival rate of reviews, ramped until the p95 of "rate" passes 30 ms or an error appears. Then it counts
// in the database that no rating was applied twice. Figures are printed, never asserted.
// The load generator, the app and PostgreSQL share this machine's cores: the per-vCPU figure counts all three.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { seedBenchClass } from "./lib/bench-class-seed";
import { floorLight, pct, pgTools, round, sessionCookie, sleep, startFloor, startProductionApp, summary, timed, waitFor, type Sample } from "./lib/bench-kit";

const STUDENTS = 200;
const CARDS = 200;
const DIST_DIR = ".next-bench-review";
const SECRET = "bench-review-secret-0123456789abcdef0123456789";
const LIGHT_SECONDS = Number(process.env.BENCH_LIGHT_SECONDS ?? 30);
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 8);
const P95_LIMIT_MS = 30;
// Cards per queue fetch: what the study page asks for (app/(student)/student/study/_components/study-api.ts).
const QUEUE_LIMIT = 20;

async function seed(url: string) {
  process.env.DATABASE_URL = url;
  const { hashPassword } = await import("@/lib/auth/password");
  const { syncCards } = await import("@/lib/srs/sync-cards");
  const { prisma } = await import("@/lib/db");
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const hash = await hashPassword("bench-password-2026");
  await seedBenchClass(db, { passwordHash: hash, students: STUDENTS, questions: CARDS });
  // Every card may be introduced today: the capacity test rates new cards as well as due ones.
  await db.query(`INSERT INTO "SrsSettings" ("classId", "newPerDay", "updatedAt") VALUES ('bench-class', 500, now())`);
  await db.query(`INSERT INTO "Assignment" (id, "classId", "readingId", "dueAt", "updatedAt") VALUES ('bench-assignment', 'bench-class', 'bench-reading', now() + interval '10 days', now())`);
  const t = performance.now();
  const created = await syncCards({ db: prisma, classId: "bench-class", now: new Date() });
  console.log(`seeded ${STUDENTS} students × ${CARDS} cards: ${created} cards in one INSERT … SELECT (${(performance.now() - t).toFixed(0)} ms)`);
  await db.query("ANALYZE");
  await db.end();
  await prisma.$disconnect();
}

type Student = { id: string; cookie: string; cards: { cardId: string; version: number }[]; busy?: boolean };

function client(base: string) {
  const samples = { next: [] as Sample[], reveal: [] as Sample[], rate: [] as Sample[] };
  let duplicates = 0;
  const json = (cookie: string) => ({ "content-type": "application/json", cookie });

  async function next(s: Student) {
    const t = performance.now();
    try {
      const res = await fetch(`${base}/api/study/queue?limit=${QUEUE_LIMIT}`, { headers: { cookie: s.cookie } });
      const body = (await res.json()) as { cards: { cardId: string; version: number }[] };
      samples.next.push({ ms: performance.now() - t, ok: res.ok });
      s.cards = body.cards ?? [];
    } catch {
      samples.next.push({ ms: performance.now() - t, ok: false });
    }
  }

  /** One review: the next card (a queue fetch when the prefetched list is empty), reveal, rate. Every 20th rating
   * is double-clicked (same key) and every 50th also sent from a "second tab" (another key): both must apply once. */
  async function review(s: Student, n: number) {
    if (!s.cards.length) await next(s);
    const card = s.cards.shift();
    if (!card) return;
    const reveal = await timed(() => fetch(`${base}/api/study/cards/${card.cardId}/reveal`, { method: "POST", headers: json(s.cookie), body: JSON.stringify({ response: "Beta" }) }));
    samples.reveal.push(reveal.sample);
    const body = { rating: (n % 4) + 1, expectedVersion: card.version, idempotencyKey: randomUUID(), durationMs: 3000 };
    const send = (b: typeof body) => fetch(`${base}/api/study/cards/${card.cardId}/rate`, { method: "POST", headers: json(s.cookie), body: JSON.stringify(b) });
    const extra: Promise<unknown>[] = [];
    const raced = n % 50 === 0 ? [200, 409] : [200]; // a second tab may win: then both of ours are rightly 409
    if (n % 20 === 0) extra.push(timed(() => send(body), raced).then((r) => { duplicates++; if (!r.sample.ok) samples.rate.push(r.sample); }));
    if (n % 50 === 0) extra.push(timed(() => send({ ...body, idempotencyKey: randomUUID() }), [200, 409]).then((r) => { duplicates++; if (!r.sample.ok) samples.rate.push(r.sample); }));
    const rate = await timed(() => send(body), raced);
    samples.rate.push(rate.sample);
    await Promise.all(extra);
  }
  return { samples, review, next, duplicates: () => duplicates };
}

async function lightLoad(base: string, students: Student[]) {
  const c = client(base);
  const deadline = performance.now() + LIGHT_SECONDS * 1000;
  let n = 0;
  await Promise.all(
    students.slice(0, 20).map(async (s, i) => {
      await sleep(i * 250); // spread the 20 students over the 5 s period
      while (performance.now() < deadline) {
        const started = performance.now();
        await c.review(s, n++);
        await sleep(Math.max(0, 5000 - (performance.now() - started)));
      }
    }),
  );
  return c;
}

/** Open loop: reviews arrive at `rate`/s whatever the server's pace; each step reports rate's p95 and errors. */
async function capacity(base: string, students: Student[]) {
  const steps: { rate: number; rateP95: number; revealP95: number; errors: number; achieved: number }[] = [];
  let n = 1;
  // Every student's first cards are fetched before the ramp: a step measures reviews, with queue refills every QUEUE_LIMIT cards.
  const warm = client(base);
  for (let i = 0; i < students.length; i += 10) await Promise.all(students.slice(i, i + 10).map((s) => (s.cards.length ? null : warm.next(s))));
  for (const rate of [10, 20, 40, 60, 80, 100, 120, 140, 160, 200, 240, 280, 320, 400]) {
    const c = client(base);
    const pending: Promise<void>[] = [];
    const start = performance.now();
    const total = rate * STEP_SECONDS;
    for (let i = 0; i < total; i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      // a student does one review at a time (as a person would); the arrival goes to the next free student
      // (when all of them are busy, the arrival waits for the first to finish: a synchronous search would spin forever)
      let k = (n + i) % students.length;
      for (let tried = 0; students[k].busy; tried++) {
        if (tried >= students.length) { await sleep(1); tried = 0; }
        k = (k + 1) % students.length;
      }
      const s = students[k];
      s.busy = true;
      pending.push(c.review(s, n + i).finally(() => { s.busy = false; }));
    }
    await Promise.all(pending);
    n += total;
    const elapsed = (performance.now() - start) / 1000;
    const r = summary(c.samples.rate);
    const errors = r.errors + summary(c.samples.reveal).errors + summary(c.samples.next).errors;
    steps.push({ rate, rateP95: round(r.p95), revealP95: round(summary(c.samples.reveal).p95), errors, achieved: round(c.samples.rate.filter((x) => x.ok).length / elapsed) });
    console.log(`  ${String(rate).padStart(4)} reviews/s offered: rate p95 ${r.p95.toFixed(1)} ms · reveal p95 ${summary(c.samples.reveal).p95.toFixed(1)} ms · errors ${errors}`);
    if (r.p95 > P95_LIMIT_MS || errors > 0) break;
  }
  const passed = steps.filter((s) => s.rateP95 <= P95_LIMIT_MS && s.errors === 0);
  return { steps, sustained: passed.length ? passed[passed.length - 1].rate : 0 };
}

/** Where a review's time goes: the same work in-process (no HTTP, no Next) and its parts. */
async function profile(url: string, students: Student[]) {
  const { rateCard, nextCardState } = await import("@/lib/srs/rate-card");
  const { loadCardContext } = await import("@/lib/srs/card-context");
  const { readSessionClaims } = await import("@/lib/srs/session-claims");
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const parts = { jwt: [] as number[], context: [] as number[], schedule: [] as number[], rateCard: [] as number[] };
  for (let i = 0; i < 200; i++) {
    const s = students[(i * 7) % students.length];
    const { rows } = await pool.query(`SELECT id, version FROM "Card" WHERE "studentId" = $1 AND state = 0 LIMIT 1 OFFSET $2`, [s.id, i % 5]);
    if (!rows[0]) continue;
    let t = performance.now();
    await readSessionClaims(new Request("http://x/", { headers: { cookie: s.cookie } }));
    parts.jwt.push(performance.now() - t);
    t = performance.now();
    const ctx = await loadCardContext(pool, { cardId: rows[0].id, studentId: s.id, sessionVersion: 0 });
    parts.context.push(performance.now() - t);
    t = performance.now();
    await nextCardState(pool, ctx, s.id, 3, new Date(), true);
    parts.schedule.push(performance.now() - t);
    t = performance.now();
    await rateCard({ pool, studentId: s.id, sessionVersion: 0, cardId: rows[0].id, rating: 3, expectedVersion: rows[0].version, idempotencyKey: randomUUID(), durationMs: 1, now: new Date() });
    parts.rateCard.push(performance.now() - t);
  }
  await pool.end();
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(pct(v, 50))])) as Record<keyof typeof parts, number>;
}

async function doubleApplied(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  // Two logs from the same card version, or a card whose repetitions differ from its logs: a rating applied twice.
  const { rows } = await db.query(`
    SELECT (SELECT count(*) FROM (SELECT 1 FROM "ReviewLog" GROUP BY "cardId", "cardBefore"->>'version' HAVING count(*) > 1) d)::int
         + (SELECT count(*) FROM "Card" c WHERE c.reps <> (SELECT count(*) FROM "ReviewLog" l WHERE l."cardId" = c.id))::int AS n,
           (SELECT count(*) FROM "ReviewLog")::int AS logs`);
  await db.end();
  return rows[0] as { n: number; logs: number };
}

async function main() {
  const cores = os.cpus().length;
  await pgTools.withScratchDatabases(["review"], {}, async ({ review: url }: { review: string }) => {
    await seed(url);
    const [appPort, floorPort] = [await pgTools.findFreePort(3310), await pgTools.findFreePort(3410)];
    const { app, base } = await startProductionApp({ url, distDir: DIST_DIR, secret: SECRET, port: appPort });
    const floor = startFloor(url, floorPort);
    try {
      await waitFor(`http://127.0.0.1:${floorPort}/`, floor).catch(() => {});
      // Signed-in students (lib/bench-kit.ts: cookies as sign-in sets them).
      const students: Student[] = [];
      for (let i = 1; i <= STUDENTS; i++) {
        const id = `bench-student-${i}`;
        students.push({ id, cookie: await sessionCookie({ userId: id, secret: SECRET }), cards: [] });
      }
      // warm up every route (first requests compile and fill caches)
      const warm = client(base);
      for (let i = 0; i < 30; i++) await warm.review(students[100 + (i % 100)], i + 1);

      console.log(`(a) light load: 20 students, one card every 5 s each, ${LIGHT_SECONDS} s`);
      const light = await lightLoad(base, students);
      const floorStats = await floorLight(`http://127.0.0.1:${floorPort}/`);
      const [next, reveal, rate] = [summary(light.samples.next), summary(light.samples.reveal), summary(light.samples.rate)];
      console.log(`(b) capacity: open-loop arrivals, ${STEP_SECONDS} s per step, until rate p95 > ${P95_LIMIT_MS} ms or an error`);
      const cap = await capacity(base, students);
      const prof = await profile(url, students);
      const dbl = await doubleApplied(url);
      const studentsPerVcpu = Math.round((cap.sustained * 5) / cores);
      const errors = next.errors + reveal.errors + rate.errors; // light load; the capacity ramp stops at its first error
      console.log("");
      console.log("| light load (20 students, 1 card / 5 s) | n | p50 ms | p95 ms | p99 ms | errors |");
      console.log("|---|---|---|---|---|---|");
      for (const [name, s] of [["next (queue)", next], ["reveal", reveal], ["rate", rate], ["floor (http + pg INSERT)", floorStats]] as const) {
        console.log(`| ${name} | ${s.n} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.errors} |`);
      }
      console.log(`\nrate p50 / floor p50: ${(rate.p50 / floorStats.p50).toFixed(1)}× (target ≤ 5×) · rate p95 ${rate.p95.toFixed(1)} ms (target < 30)`);
      console.log(`capacity: ${cap.sustained} reviews/s sustained with rate p95 ≤ ${P95_LIMIT_MS} ms → ${studentsPerVcpu} students per vCPU at one card per 5 s (${cores} vCPUs, shared by the app, PostgreSQL and the load generator; target ≥ 250)`);
      console.log(`where a rate's time goes (in-process medians, ms): JWT decrypt ${prof.jwt} · card+settings+session read ${prof.context} · ts-fsrs + load balancing ${prof.schedule} · whole rateCard (read, schedule, one write statement) ${prof.rateCard} · HTTP, the fast lane and the route wrapper ≈ rate p50 − rateCard − JWT`);
      console.log(`ratings logged: ${dbl.logs}; deliberate double clicks and second tabs sent: ${light.duplicates()} in (a); double-applied: ${dbl.n}`);
      console.log(
        JSON.stringify({
          bench: "review",
          rate_p50_ms: round(rate.p50),
          rate_p95_ms: round(rate.p95),
          reveal_p95_ms: round(reveal.p95),
          floor_p50_ms: round(floorStats.p50),
          reviews_per_s: cap.sustained,
          students_per_vcpu: studentsPerVcpu,
          errors,
          double_applied: dbl.n,
        }),
      );
    } finally {
      app.kill("SIGTERM");
      floor.kill("SIGTERM");
      await sleep(500);
    }
  });
}

await main();
