// The Content-Security-Policy of every response (set by proxy.ts). Scripts run only with this request's nonce — Next
// adds it to its own inline scripts when it finds the policy on the request — or when loaded by such a script
// ('strict-dynamic'). Styles allow inline style attributes (React `style`), which cannot carry a nonce.
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
