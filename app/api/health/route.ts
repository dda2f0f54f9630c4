import { route } from "@/lib/http/handler";
import { isDatabaseReachable } from "@/lib/health";

// For load balancers: 200 when this node can reach the database, 503 otherwise. Public, and says nothing else.
export const GET = route(async () => {
  const ok = await isDatabaseReachable();
  return Response.json({ ok }, { status: ok ? 200 : 503 });
});
