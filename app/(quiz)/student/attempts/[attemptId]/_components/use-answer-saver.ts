"use client";
// Saves every answer change within a second: debounced per question, one request in flight per question, each
// carrying a sequence number that only grows (the server keeps the newest, whatever order requests arrive in). A
// failed save is retried with backoff until the server acknowledges it; the page shows "Saved" only for acknowledged
// answers. A refusal (time over, attempt finished) stops the retries and is reported.
import { useCallback, useEffect, useReducer, useRef } from "react";
import { saveItem } from "./attempt-api";

const DEBOUNCE_MS = 600;
const MAX_BACKOFF_MS = 5_000;

type Entry = { response: unknown; seq: number; acked: number; inFlight: boolean; timer?: ReturnType<typeof setTimeout>; failures: number };
export type SaveStatus = "saved" | "saving" | "retrying" | "refused";

export function useAnswerSaver({ attemptId, initial, onRefused, onConnection }: {
  attemptId: string;
  initial: { position: number; response: unknown; seq: number }[];
  onRefused: (message: string) => void;
  onConnection: (online: boolean) => void;
}) {
  const entries = useRef(new Map<number, Entry>(initial.map((i) => [i.position, { response: i.response, seq: i.seq, acked: i.seq, inFlight: false, failures: 0 }])));
  const refused = useRef(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const callbacks = useRef({ onRefused, onConnection });
  useEffect(() => {
    callbacks.current = { onRefused, onConnection };
  });

  const send = useCallback(async (position: number) => {
    const entry = entries.current.get(position);
    if (!entry || entry.inFlight || refused.current || entry.acked >= entry.seq) return;
    entry.inFlight = true;
    const seq = entry.seq;
    const outcome = await saveItem(attemptId, position, { response: entry.response ?? null, seq });
    entry.inFlight = false;
    if (outcome.ok) {
      entry.acked = Math.max(entry.acked, seq, outcome.data.seq);
      entry.failures = 0;
      callbacks.current.onConnection(true);
    } else if (outcome.status === 0 || outcome.status >= 500 || outcome.status === 429) {
      entry.failures++;
      if (outcome.status === 0) callbacks.current.onConnection(false);
    } else {
      refused.current = true;
      callbacks.current.onRefused(outcome.error.message);
    }
    rerender();
    if (!refused.current && entry.seq > entry.acked) {
      const delay = entry.failures ? Math.min(MAX_BACKOFF_MS, 500 * 2 ** entry.failures) : 0;
      entry.timer = setTimeout(() => void send(position), delay);
    }
  }, [attemptId]);

  const change = useCallback((position: number, response: unknown) => {
    const entry = entries.current.get(position);
    if (!entry || refused.current) return;
    entry.response = response;
    entry.seq++;
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void send(position), DEBOUNCE_MS);
    rerender();
  }, [send]);

  /** Sends everything not yet acknowledged now; resolves when all is acknowledged, refused, or after `timeoutMs`. */
  const flush = useCallback(async (timeoutMs = 5_000) => {
    const until = Date.now() + timeoutMs;
    for (const [position, entry] of entries.current) {
      clearTimeout(entry.timer);
      if (entry.seq > entry.acked) void send(position);
    }
    while (Date.now() < until && !refused.current && [...entries.current.values()].some((e) => e.seq > e.acked)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, [send]);

  useEffect(() => {
    const map = entries.current;
    return () => map.forEach((entry) => clearTimeout(entry.timer));
  }, []);

  const list = [...entries.current.values()];
  const status: SaveStatus = refused.current ? "refused" : list.some((e) => e.failures > 0) ? "retrying" : list.some((e) => e.seq > e.acked) ? "saving" : "saved";
  const responseOf = (position: number) => entries.current.get(position)?.response ?? null;
  const isSaved = (position: number) => {
    const entry = entries.current.get(position);
    return !entry || entry.seq <= entry.acked;
  };
  return { change, flush, status, responseOf, isSaved };
}
