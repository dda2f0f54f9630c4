// The study endpoints as the session calls them. A rating is idempotent (its key), so it is safe to resend after a
// network error or a gateway hiccup; nothing else is retried.
import { sendJson } from "@/lib/send-json";
import type { CardBack, CardFront, RateResult, Rating, StudyQueue } from "@/lib/srs/types";

export type StudyScope = { reading?: string; mode?: "due" | "exam" };
export type Outcome<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

async function call<T>(method: string, url: string, body?: unknown): Promise<Outcome<T>> {
  const outcome = await sendJson<T>(method, url, body);
  return outcome.ok ? outcome : { ok: false, status: outcome.status, message: outcome.error.message };
}

export function fetchQueue(scope: StudyScope, limit = 20) {
  const params = new URLSearchParams({ limit: String(limit) });
  if (scope.reading) params.set("reading", scope.reading);
  if (scope.mode) params.set("mode", scope.mode);
  return call<StudyQueue>("GET", `/api/study/queue?${params}`);
}

export function revealCard(cardId: string, response: unknown) {
  return call<CardBack>("POST", `/api/study/cards/${encodeURIComponent(cardId)}/reveal`, response === undefined ? {} : { response });
}

const RETRYABLE = new Set([0, 502, 503, 504]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one rating, resending it with the same idempotency key until the server answers (up to ~30 s). */
export async function rateCard(card: CardFront, rating: Rating, durationMs: number): Promise<Outcome<RateResult>> {
  const body = { rating, expectedVersion: card.version, idempotencyKey: crypto.randomUUID(), durationMs: Math.round(durationMs) };
  const url = `/api/study/cards/${encodeURIComponent(card.cardId)}/rate`;
  for (let attempt = 0; ; attempt++) {
    const outcome = await call<RateResult>("POST", url, body);
    if (outcome.ok || !RETRYABLE.has(outcome.status) || attempt >= 6) return outcome;
    await sleep(Math.min(8000, 500 * 2 ** attempt));
  }
}

export function undoRating(reviewLogId: string) {
  return call<{ cardId: string; version: number }>("POST", "/api/study/undo", { reviewLogId });
}

/** Cards of a batch the session does not hold yet: a card already shown or queued at that version is the same review. */
export function unseenCards(batch: CardFront[], seen: ReadonlySet<string>): CardFront[] {
  return batch.filter((card) => !seen.has(cardKey(card)));
}

export const cardKey = (card: Pick<CardFront, "cardId" | "version">) => `${card.cardId}:${card.version}`;
