"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export type ApiError = { message: string; fields?: Record<string, string> };

/**
 * Sends JSON to one of our route handlers and keeps its error for the form to show.
 * On success the page's server data is refreshed, so what the user sees is what the database holds.
 */
export function useApi() {
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

  async function send<T = unknown>(method: string, url: string, body?: unknown): Promise<T | null> {
    setPending(true);
    setError(null);
    try {
      const res = await fetch(url, {
        method,
        // Always, bodyless writes too: the server refuses writes that are not JSON (lib/http/handler.ts).
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const data = await res.json().catch(() => ({}));
      if (!res.ok) {
        setError(data.error ?? { message: "Something went wrong. Please try again." });
        return null;
      }
      router.refresh();
      return data as T;
    } catch {
      setError({ message: "Could not reach the server. Check your connection and try again." });
      return null;
    } finally {
      setPending(false);
    }
  }

  return { send, error, pending, setError };
}
