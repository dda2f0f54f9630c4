import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, ERROR_STATUS, isAppError } from "@/lib/errors";

type Ctx<P> = { params: Promise<P> };
type Handler<P> = (req: Request, ctx: { params: P }) => Promise<unknown>;

const MAX_BODY_BYTES = 64 * 1024;

/** Error body every endpoint returns: a code for programs, a message for people, messages per field for forms. */
export function errorResponse(e: AppError) {
  return NextResponse.json({ error: { code: e.code, message: e.message, fields: e.fields } }, { status: ERROR_STATUS[e.code] });
}

/**
 * Wraps a route handler: known errors become a 4xx with a reason, anything else is logged and becomes a
 * generic 500 (never a stack trace). A handler returns plain data (→ 200 JSON) or a Response.
 */
export function route<P = Record<string, never>>(fn: Handler<P>) {
  return async (req: Request, ctx: Ctx<P>) => {
    try {
      const result = await fn(req, { params: await ctx.params });
      return result instanceof Response ? result : NextResponse.json(result ?? { ok: true });
    } catch (e) {
      if (isAppError(e)) return errorResponse(e);
      console.error("[api]", req.method, new URL(req.url).pathname, e);
      return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong. Please try again." } }, { status: 500 });
    }
  };
}

/** Reads and validates a JSON body: malformed JSON, oversize bodies and schema errors are 400/413 with a reason. */
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

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  throw new AppError("BAD_INPUT", parsed.error.issues[0].message, fields);
}
