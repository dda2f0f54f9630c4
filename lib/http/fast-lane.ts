// Node only (installed by instrumentation.ts): the hot paths — a flashcard's reveal and rate (two requests per card a
// student reviews), the study queue (every few cards) and a quiz's answer saves (every answer change) — answered
// before Next's router sees them (docs/decisions/009-flashcards.md, "Speed"; 010-quizzes.md).
//
// Why: `npm run bench:review` measured ~2.8 ms for a whole rating in-process (JWT, one read, ts-fsrs, one write) but
// ~13 ms per request through `next start`: the router, the proxy (CSP nonce, redirects), the route module's wrappers.
// The lane runs the SAME route handlers (app/api/study/cards/[cardId]/{reveal,rate}, app/api/study/queue,
// app/api/attempts/[attemptId]/items/[position] — route() from lib/http/handler.ts: origin and JSON checks, body limit, session claims, zod, typed errors)
// with the headers next.config.js gives every /api answer. Only an exact match of method and path takes the lane;
// anything else (another method, a malformed id) goes to Next unchanged, so the lane only ever answers what the route
// would have answered. tests/e2e/fast-lane.spec.ts holds it to that.
import http, { type IncomingMessage, type ServerResponse } from "node:http";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Lane = { method: "GET" | "POST" | "PUT"; path: RegExp; load: () => Promise<Handler> };

// Ids as the routes accept them (lib/srs/schemas.ts uuidSchema): anything else falls through to Next's 404.
const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const LANES: Lane[] = [
  { method: "POST", path: new RegExp(`^/api/study/cards/(?<cardId>${UUID})/rate$`), load: async () => (await import("@/app/api/study/cards/[cardId]/rate/route")).POST as Handler },
  { method: "POST", path: new RegExp(`^/api/study/cards/(?<cardId>${UUID})/reveal$`), load: async () => (await import("@/app/api/study/cards/[cardId]/reveal/route")).POST as Handler },
  // The session's next cards, every few cards: a query string is the route's business (limit, reading, mode).
  { method: "GET", path: /^\/api\/study\/queue$/, load: async () => (await import("@/app/api/study/queue/route")).GET as Handler },
  // A quiz's answer saves (docs/decisions/010-quizzes.md): ids and positions as lib/quiz/schemas.ts accepts them.
  {
    method: "PUT",
    path: /^\/api\/attempts\/(?<attemptId>[A-Za-z0-9_-]{8,64})\/items\/(?<position>[1-9][0-9]{0,2})$/,
    load: async () => (await import("@/app/api/attempts/[attemptId]/items/[position]/route")).PUT as Handler,
  },
];

// What next.config.js's headers() adds to every /api answer (keep the two in step; tests/e2e/fast-lane.spec.ts checks).
const API_HEADERS: Record<string, string> = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
  "cache-control": "no-store",
};

// Larger than route()'s own limit (64 KiB, which answers 413 with a reason): a body past this is not buffered at all.
const MAX_BUFFERED_BYTES = 256 * 1024;

type Hit = { lane: Lane; params: Record<string, string> };

function matchLane(req: IncomingMessage): Hit | null {
  if (!req.url) return null;
  const q = req.url.indexOf("?");
  const pathname = q < 0 ? req.url : req.url.slice(0, q);
  for (const lane of LANES) {
    if (lane.method !== req.method) continue;
    const m = lane.path.exec(pathname);
    if (m) return { lane, params: { ...m.groups } };
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BUFFERED_BYTES) chunks.push(c);
    });
    req.on("end", () => resolve(size <= MAX_BUFFERED_BYTES ? Buffer.concat(chunks) : null));
    req.on("error", reject);
  });
}

function toRequest(req: IncomingMessage, body: Buffer | null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // A fixed origin, not the client's Host header (which could make an invalid URL, i.e. a 500): the handlers read only
  // the path and query from the URL; the origin check reads the headers themselves.
  return new Request(new URL(req.url ?? "/", "http://localhost"), { method: req.method, headers, body: body ? new Uint8Array(body) : null });
}

async function answer(req: IncomingMessage, res: ServerResponse, { lane, params }: Hit) {
  const started = performance.now();
  const body = lane.method === "GET" ? null : await readBody(req);
  if (lane.method !== "GET" && !body) {
    res.writeHead(413, { ...API_HEADERS, "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "PAYLOAD_TOO_LARGE", message: "The request is too large." } }));
    return;
  }
  const handler = await lane.load();
  const response = await handler(toRequest(req, body), { params: Promise.resolve(params) });
  const headers: Record<string, string> = { ...API_HEADERS };
  response.headers.forEach((value, name) => (headers[name] = value));
  // The server's own time for the answer (a standard header browsers' dev tools show), named for the lane that gave it.
  headers["server-timing"] = `lane;dur=${(performance.now() - started).toFixed(1)}`;
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export function installFastLane() {
  const g = globalThis as { lecternFastLane?: boolean };
  if (g.lecternFastLane) return;
  g.lecternFastLane = true;
  const emit = http.Server.prototype.emit;
  // Every Node HTTP server in this process emits "request" through here; only an exact lane match is kept back.
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      const hit = matchLane(req);
      if (hit) {
        answer(req, res, hit).catch((e) => {
          console.error("[api]", req.method, req.url, e);
          if (!res.headersSent) res.writeHead(500, { ...API_HEADERS, "content-type": "application/json" });
          res.end(JSON.stringify({ error: { code: "INTERNAL", message: "Something went wrong. Please try again." } }));
        });
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
