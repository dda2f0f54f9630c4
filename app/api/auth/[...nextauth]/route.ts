import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

// The NextAuth actions this app uses (credentials only). Everything else is a 404 before NextAuth sees it: in
// particular GET /callback/credentials (a 500 inside NextAuth) and POST /_log (lets anyone write to the server log).
const ALLOWED: Record<string, Set<string>> = {
  GET: new Set(["csrf", "session", "providers", "signin", "signout", "error"]),
  POST: new Set(["signin/credentials", "callback/credentials", "signout", "session"]),
};

function guarded(method: "GET" | "POST") {
  return async (req: Request, ctx: Ctx) => {
    const action = (await ctx.params).nextauth.join("/");
    if (!ALLOWED[method].has(action)) {
      return Response.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404, headers: { "cache-control": "no-store" } });
    }
    return handler(req, ctx);
  };
}

export const GET = guarded("GET");
export const POST = guarded("POST");
