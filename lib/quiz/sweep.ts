// The sweep: finishes attempts nobody came back to. Each batch claims overdue attempts with FOR UPDATE SKIP LOCKED, so
// any number of app processes can sweep at once — each attempt is claimed by one of them, the others skip it — and a
// lazy finish or a late submit holding the row is skipped, not waited for (docs/decisions/010-quizzes.md).
import type pg from "pg";
import { srsPool } from "@/lib/srs/pool";
import { gradeAndClose } from "./close-attempt";
import { inTransaction } from "./pg-transaction";
import { DEFAULT_NETWORK_GRACE_MS } from "./timing";

const CLAIM_SQL = `
  SELECT a.id, a.deadline FROM "Attempt" a JOIN "Quiz" z ON z.id = a."quizId"
  WHERE a.state = 'in_progress' AND a.deadline IS NOT NULL
    AND a.deadline + make_interval(secs => $2::int + CASE WHEN z."expiryPolicy" = 'grace' THEN z."graceSeconds" ELSE 0 END) < $1::timestamp
  ORDER BY a.deadline
  LIMIT $3
  FOR UPDATE OF a SKIP LOCKED`;

/** One batch in one transaction; returns the ids it finished. */
async function sweepBatch({ pool, now, limit }: { pool: pg.Pool; now: Date; limit: number }): Promise<string[]> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ id: string; deadline: Date }>(CLAIM_SQL, [now.toISOString(), DEFAULT_NETWORK_GRACE_MS / 1000, limit]);
    for (const row of rows) await gradeAndClose(client, { attemptId: row.id, finishedAt: row.deadline, by: "sweep" });
    return rows.map((row) => row.id);
  });
}

/** Sweeps until nothing overdue is left (or `maxBatches`); returns how many attempts it finished. */
export async function sweepOverdueAttempts({ now = new Date(), limit = 20, maxBatches = 50, pool = srsPool() }: { now?: Date; limit?: number; maxBatches?: number; pool?: pg.Pool } = {}) {
  let total = 0;
  for (let i = 0; i < maxBatches; i++) {
    const finished = await sweepBatch({ pool, now, limit });
    total += finished.length;
    if (finished.length < limit) break;
  }
  return total;
}

const globalForSweep = globalThis as unknown as { quizSweep?: NodeJS.Timeout };

/**
 * Runs the sweep every `intervalMs` in this process (instrumentation.ts). A convenience, not the guarantee: reads
 * finish overdue attempts lazily too, and every process sweeping at once is safe.
 */
export function startQuizSweep({ intervalMs }: { intervalMs: number }) {
  if (globalForSweep.quizSweep || intervalMs <= 0) return;
  globalForSweep.quizSweep = setInterval(() => {
    sweepOverdueAttempts().catch((e) => console.error("[quiz sweep]", e instanceof Error ? e.message : e));
  }, intervalMs);
  globalForSweep.quizSweep.unref();
}
