// The lazy finish: whoever reads attempts finishes the overdue ones among them first, with their saved answers and
// finish time = deadline. Safe at any time: an attempt that is finished or still running is left alone.
import type pg from "pg";
import { srsPool } from "@/lib/srs/pool";
import { gradeAndClose, lockAttempt } from "./close-attempt";
import { expiryOf } from "./expiry";
import { inTransaction } from "./pg-transaction";
import { isOverdue } from "./timing";

export async function finishIfOverdue(client: pg.PoolClient, { attemptId, now, by }: { attemptId: string; now: Date; by: "sweep" | "lazy" }) {
  const row = await lockAttempt(client, { attemptId });
  if (!row || row.state !== "in_progress" || !isOverdue({ deadline: row.deadline, expiry: expiryOf(row), now })) return false;
  await gradeAndClose(client, { attemptId, finishedAt: row.deadline!, by });
  return true;
}

/** One transaction per attempt; returns how many it finished. */
export async function finishOverdueLazily({ attemptIds, now = new Date(), pool = srsPool() }: { attemptIds: string[]; now?: Date; pool?: pg.Pool }) {
  let finished = 0;
  for (const attemptId of attemptIds) {
    if (await inTransaction(pool, (client) => finishIfOverdue(client, { attemptId, now, by: "lazy" }))) finished++;
  }
  return finished;
}
