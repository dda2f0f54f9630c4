import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { env } from "@/lib/env";
import { AppError, ERROR_STATUS, isAppError } from "@/lib/errors";
import { parseWith } from "@/lib/parse-input";

type Ctx<P> = { params: Promise<P> };
type Handler<P> = (req: Request, ctx: { params: P }) => Promise<unknown>;

const MAX_BODY_BYTES = 64 * 1024;

/** Error body every endpoint returns: a code for programs, a message for people, messages per field for forms. */
function errorResponse(e: AppError) {
  return NextResponse.json({ error: { code: e.code, message: e.message, fields: e.fields } }, { status: ERROR_STATUS[e.code] });
}

const isWrite = (req: Request) => !["GET", "HEAD", "OPTIONS"].includes(req.method);

/**
 * Defence in depth against cross-site requests (the session cookie is already SameSite=Lax): a browser always sends
 * Origin on a cross-site POST/PUT/PATCH/DELETE, and it must name this host.
 */
function assertSameOrigin(req: Request) {
  if (!isWrite(req)) return;
  const origin = req.headers.get("origin");
  if (!origin) return; // not a browser (scripts, tests, curl): they carry no ambient credentials of a victim
  // The public host (NEXTAUTH_URL) counts too: a proxy may rewrite Host without setting X-Forwarded-Host.
  const publicUrl = env().NEXTAUTH_URL;
  const allowed = [req.headers.get("x-forwarded-host"), req.headers.get("host"), publicUrl ? new URL(publicUrl).host : null];
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {}
  if (!originHost || !allowed.includes(originHost)) throw new AppError("FORBIDDEN", "Cross-site requests are not accepted.");
}

/**
 * Every write says it is JSON, bodyless ones (rotate a join code, remove a student) included: a cross-site HTML form
 * can only send text/plain, urlencoded or multipart, so it never gets this far even without an Origin header.
 */
function assertJsonWrite(req: Request) {
  if (!isWrite(req)) return;
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
}

/**
 * Wraps a route handler: known errors become a 4xx with a reason, anything else is logged and becomes a
 * generic 500 (never a stack trace). A handler returns plain data (→ 200 JSON) or a Response.
 */
export function route<P = Record<string, never>>(fn: Handler<P>) {
  return async (req: Request, ctx: Ctx<P>) => {
    try {
      assertSameOrigin(req);
      assertJsonWrite(req);
      const result = await fn(req, { params: await ctx.params });
      return result instanceof Response ? result : NextResponse.json(result ?? { ok: true });
    } catch (e) {
      if (isAppError(e)) return errorResponse(e);
      console.error("[api]", req.method, new URL(req.url).pathname, e);
      return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong. Please try again." } }, { status: 500 });
    }
  };
}

/**
 * Reads and validates a JSON body: malformed JSON, oversize bodies and schema errors are 400/413 with a reason.
 * (route() has already refused a write that is not JSON.)
 */
export async function parseJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The request is too large.");
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : {};
  } catch {
    throw new AppError("BAD_INPUT", "The request body is not valid JSON.");
  }
  return parseWith(schema, raw);
}
