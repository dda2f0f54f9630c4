import { NextResponse, type NextRequest } from "next/server";

// Optimistic redirect of anonymous visitors only. It is NOT the security boundary: every page and route handler
// checks the session and role itself (lib/auth/guard.ts).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(req: NextRequest) {
  if (SESSION_COOKIES.some((name) => req.cookies.has(name))) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = "/login";
  url.search = "";
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/instructor/:path*", "/student/:path*", "/readings/:path*"] };
