import { prisma } from "@/lib/db";
import { route } from "@/lib/http/handler";

// For load balancers: 200 when this node can reach the database, 503 otherwise. Public, and says nothing else.
export const GET = route(async () => {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
});
