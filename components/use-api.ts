"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson, type ApiError } from "@/lib/send-json";

export type { ApiError } from "@/lib/send-json";

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
      const outcome = await sendJson<T>(method, url, body);
      if (!outcome.ok) {
        setError(outcome.error);
        return null;
      }
      router.refresh();
      return outcome.data;
    } finally {
      setPending(false);
    }
  }

  return { send, error, pending, setError };
}
