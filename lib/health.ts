import { prisma } from "@/lib/db";

/** True when this app node can run a query: what a load balancer's health check needs to know. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
