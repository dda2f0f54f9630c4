import { NextResponse, type NextRequest } from "next/server";
import { loginPathFor } from "@/lib/auth/callback-url";

// Optimistic redirect of anonymous visitors only. It is NOT the security boundary: every page and route handler
// checks the session and role itself (lib/auth/guard.ts).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// Signing in lands on the user's own home anyway (the right one for their role), so these need no way back.
const HOMES = ["/instructor", "/student"];

export function proxy(req: NextRequest) {
  if (SESSION_COOKIES.some((name) => req.cookies.has(name))) return NextResponse.next();
  const { pathname, search } = req.nextUrl;
  const isBareHome = HOMES.includes(pathname) && !search;
  return NextResponse.redirect(new URL(isBareHome ? "/login" : loginPathFor(pathname + search), req.url));
}

export const config = { matcher: ["/instructor/:path*", "/student/:path*", "/readings/:path*"] };
