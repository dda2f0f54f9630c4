// The browser's one way to call our route handlers: JSON in, JSON out, errors as data. Writes always say they are
// JSON, bodyless ones too, since the server refuses writes that are not (lib/http/handler.ts).

export type ApiError = { message: string; fields?: Record<string, string> };
export type Outcome<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiError };

const NETWORK_MESSAGE = "Could not reach the server. Check your connection and try again.";
const GENERIC_MESSAGE = "Something went wrong. Please try again.";

export async function sendJson<T>(method: string, url: string, body?: unknown): Promise<Outcome<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: method === "GET" ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json().catch(() => ({}));
    if (res.ok) return { ok: true, data: data as T };
    return { ok: false, status: res.status, error: data?.error ?? { message: GENERIC_MESSAGE } };
  } catch {
    return { ok: false, status: 0, error: { message: NETWORK_MESSAGE } };
  }
}
