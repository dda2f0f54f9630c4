import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient() {
  // `next build` imports route modules to collect page data; it never queries, so it needs no database.
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const connectionString = building ? (process.env.DATABASE_URL ?? "postgresql://build@localhost/build") : env().DATABASE_URL;
  const max = building ? 1 : env().DATABASE_POOL_MAX;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export const prisma = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = typeof prisma;
/** A client or an interactive transaction: lib mutations accept either. */
export type DbTx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0] | Db;
