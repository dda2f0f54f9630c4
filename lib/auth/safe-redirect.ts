// Where NextAuth may send a browser after signing in or out: only this site, and never anything that makes it throw.
// A relative "foo", a protocol-relative "//evil.example" or a 100 kB value used to become a 500 (issue 6).
export const MAX_CALLBACK_URL = 2048;

export function safeRedirect(url: string, baseUrl: string): string {
  if (typeof url !== "string" || url.length > MAX_CALLBACK_URL) return baseUrl;
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${baseUrl}${url}`;
  try {
    return new URL(url).origin === new URL(baseUrl).origin ? url : baseUrl;
  } catch {
    return baseUrl;
  }
}

/**
 * Whether NextAuth can take this callbackUrl without throwing: it refuses (with a 500) a query parameter or cookie that
 * is not a path or an http(s) URL. Length is capped too: the value is echoed into cookies and logs.
 */
export function isUsableCallbackUrl(url: string): boolean {
  if (url.length > MAX_CALLBACK_URL) return false;
  if (url.startsWith("/")) return true;
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A value fit for the server log: one line, at most `max` characters. */
export function forLog(value: unknown, max = 300): string {
  const text = value instanceof Error ? `${value.name}: ${value.message}` : typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/[\r\n\u2028\u2029]+/g, " ");
  return line.length > max ? `${line.slice(0, max)}… (${line.length} characters)` : line;
}
