// Where to go after signing in. The value arrives in a URL anyone can write, so only a path on this site is honoured:
// `//evil.example`, `https://evil.example`, `/\evil.example` (a browser reads `\` as `/`) and control characters
// (which URL parsers drop, turning `/\t/evil` into `//evil`) are refused, and the sign-in page itself is no target.
const MAX_LENGTH = 512;
const PROBE_ORIGIN = "http://lectern.invalid";

export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  // Dot segments are resolved here, so `/./..//evil.example` becomes `//evil.example`: check the result as well.
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith("//")) return null;
  if (url.pathname === "/login" || url.pathname.startsWith("/api/")) return null;
  return url.pathname + url.search + url.hash;
}

/** `/login?callbackUrl=…` for a page, or plain `/login` when the page cannot be a target. */
export function loginPathFor(path: string): string {
  const back = safeCallbackPath(path);
  return back ? `/login?callbackUrl=${encodeURIComponent(back)}` : "/login";
}
