import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { authOptions } from "@/lib/auth/options";
import { isUsableCallbackUrl } from "@/lib/auth/safe-redirect";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

// The NextAuth actions this app uses (credentials only). Everything else is a 404 before NextAuth sees it: in
// particular GET /callback/credentials (a 500 inside NextAuth) and POST /_log (lets anyone write to the server log).
const ALLOWED: Record<string, Set<string>> = {
  GET: new Set(["csrf", "session", "providers", "signin", "signout", "error"]),
  POST: new Set(["signin/credentials", "callback/credentials", "signout", "session"]),
};
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function refuse(status: number, message: string, clearCookies: string[] = []) {
  const headers = new Headers({ "cache-control": "no-store" });
  for (const name of clearCookies) headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return Response.json({ error: { code: status === 404 ? "NOT_FOUND" : "BAD_INPUT", message } }, { status, headers });
}

function guarded(method: "GET" | "POST") {
  return async (req: Request, ctx: Ctx) => {
    const action = (await ctx.params).nextauth.join("/");
    if (!ALLOWED[method].has(action)) return refuse(404, "Not found.");
    // NextAuth answers a callbackUrl it cannot parse (query or cookie) with a 500 and logs it whole.
    const query = new URL(req.url).searchParams.get("callbackUrl");
    if (query !== null && !isUsableCallbackUrl(query)) return refuse(400, "callbackUrl must be a path on this site.");
    const jar = await cookies();
    const bad = CALLBACK_COOKIES.filter((name) => {
      const value = jar.get(name)?.value;
      return value !== undefined && !isUsableCallbackUrl(value);
    });
    if (bad.length) return refuse(400, "The callback-url cookie was not valid and has been cleared. Try again.", bad);
    return handler(req, ctx);
  };
}

export const GET = guarded("GET");
export const POST = guarded("POST");
