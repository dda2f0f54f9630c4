// The client's address for per-address limits (docs/decisions/005-auth.md, "Client address"). Never an entry the
// client wrote: the TCP peer (stamped by lib/http/peer-stamp.ts), or, behind TRUST_PROXY_HOPS reverse proxies that
// each append the address they received from, the entry the outermost trusted proxy appended.
export const PEER_HEADER = "x-lectern-peer";
export const PEER_TOKEN = Symbol.for("lectern.peer-token");

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
}

/** "::ffff:203.0.113.9" (IPv4 on a dual-stack socket) is 203.0.113.9. */
function normalize(address: string): string {
  return address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").slice(0, 64);
}

/**
 * Pure: the peer, then the entries each trusted proxy appended, read from the right. With fewer entries than proxies
 * (someone reached the app around them), the left-most entry the chain has.
 */
export function pickClientAddress(forwardedFor: string | null, peer: string, hops: number): string {
  const chain = [...(forwardedFor ?? "").split(",").map((p) => p.trim()).filter(Boolean), peer].map(normalize);
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/** Null when the request carries no stamp of this process (only requests that arrive before instrumentation runs). */
export function clientAddress(headers: HeaderSource, hops: number): string | null {
  const token = (globalThis as { [PEER_TOKEN]?: string })[PEER_TOKEN];
  const [stamp, peer] = (header(headers, PEER_HEADER) ?? "").split(" ");
  if (!token || stamp !== token || !peer) return null;
  return pickClientAddress(header(headers, "x-forwarded-for"), peer, hops);
}
