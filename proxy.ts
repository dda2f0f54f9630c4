import { NextResponse, type NextRequest } from "next/server";
import { loginPathFor } from "@/lib/auth/callback-url";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

// Runs before every page and endpoint. It is NOT the security boundary: every page and route handler checks the
// session and role itself (lib/auth/guard.ts). It does three cheap things:
// 1. refuses a path with malformed percent-encoding ("/readings/%ff"), which Next would turn into a bare 500;
// 2. gives each response a Content-Security-Policy with a fresh nonce;
// 3. redirects anonymous visitors of signed-in areas to the sign-in page (an optimistic redirect, nothing more).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// Signing in lands on the user's own home anyway (the right one for their role), so these need no way back.
const HOMES = ["/instructor", "/student", "/admin"];
const SIGNED_IN_AREAS = ["/instructor", "/student", "/readings", "/admin"];

function isMalformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (isMalformed(pathname)) {
    return NextResponse.json({ error: { code: "BAD_INPUT", message: "The address is not valid (malformed percent-encoding)." } }, { status: 400, headers: { "cache-control": "no-store" } });
  }
  const inArea = SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
  if (inArea && !SESSION_COOKIES.some((name) => req.cookies.has(name))) {
    const { search } = req.nextUrl;
    const isBareHome = HOMES.includes(pathname) && !search;
    return NextResponse.redirect(new URL(isBareHome ? "/login" : loginPathFor(pathname + search), req.url));
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", policy);
  return res;
}

// Everything but Next's static files (hashed, immutable, no HTML). The hot API paths never get here: the fast lane
// (lib/http/fast-lane.ts) answers them before Next's router.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
