// Runs once per server process, as it starts (Next's instrumentation hook): stamps every later request with its TCP
// peer address for the per-address limits (docs/decisions/005-auth.md, "Client address").
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerStamp } = await import("@/lib/http/peer-stamp");
  installPeerStamp();
}
