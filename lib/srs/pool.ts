// A bare `pg` pool for the flashcard hot paths (rate, reveal): one INSERT … RETURNING through Prisma's client costs
// ~15× the same through `pg` on this machine (../shared/STACK.md §9, and `npm run bench:review`). Everything else
// goes through Prisma.
import pg from "pg";
import { env } from "@/lib/env";

// Prisma's DateTime columns are `timestamp(3)` holding UTC: read them as UTC whatever the process's time zone.
// (Bind timestamps as ISO strings, never as Date objects, which pg sends as local time.)
const TIMESTAMP_OID = 1114;
const getTypeParser = ((oid: number, format?: "text" | "binary") =>
  oid === TIMESTAMP_OID ? (s: string) => new Date(`${s.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;

const globalForPool = globalThis as unknown as { srsPool?: pg.Pool };

export function srsPool(): pg.Pool {
  if (!globalForPool.srsPool) {
    const { DATABASE_URL, DATABASE_POOL_MAX } = env();
    globalForPool.srsPool = new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_MAX, types: { getTypeParser } });
    globalForPool.srsPool.on("error", (e) => console.error("[srs pool]", e.message));
  }
  return globalForPool.srsPool;
}
