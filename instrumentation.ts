// Runs once per server process, as it starts (Next's instrumentation hook): stamps every later request with its TCP
// peer address for the per-address limits (docs/decisions/005-auth.md, "Client address"), and opens the fast lane for
// the flashcard hot paths (lib/http/fast-lane.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerStamp } = await import("@/lib/http/peer-stamp");
  installPeerStamp();
  const { installFastLane } = await import("@/lib/http/fast-lane");
  installFastLane();
}
