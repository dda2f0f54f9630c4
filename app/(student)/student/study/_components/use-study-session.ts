"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CardBack, CardFront, RateResult, Rating } from "@/lib/srs/types";
import { cardKey, fetchQueue, rateCard, revealCard, undoRating, unseenCards, type Outcome, type StudyScope } from "./study-api";

const BATCH = 20;
/** Refill when fewer cards than this wait locally, so the next card is always already here. */
const LOW_WATER = 5;

type Rated = { front: CardFront; rating: Rating; result: Promise<Outcome<RateResult>> };
export type SessionStatus = "loading" | "studying" | "done" | "error";

/**
 * A review session: fronts come in batches (refilled in the background), the back is fetched on reveal, ratings are
 * sent in the background so the next card shows at once, and the last rating can be undone.
 */
export function useStudySession(scope: StudyScope) {
  const [status, setStatus] = useState<SessionStatus>("loading");
  const [current, setCurrent] = useState<CardFront | null>(null);
  const [back, setBack] = useState<CardBack | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [counts, setCounts] = useState({ done: 0, again: 0, left: 0 });
  const [nextDue, setNextDue] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [canUndo, setCanUndo] = useState(false);

  const upcoming = useRef<CardFront[]>([]);
  const seen = useRef(new Set<string>());
  const beyond = useRef(0); // cards the server still holds beyond those it sent
  const fetching = useRef<Promise<number> | null>(null);
  const history = useRef<Rated[]>([]);
  const pending = useRef(new Set<Promise<unknown>>());
  const shownAt = useRef(0);
  const { reading, mode } = scope;

  const recount = useCallback((holdingCurrent: boolean) => {
    setCounts((c) => ({ ...c, left: (holdingCurrent ? 1 : 0) + upcoming.current.length + beyond.current }));
  }, []);

  /** Fetches one batch and keeps the cards the session does not hold yet; resolves to how many were added. */
  const refill = useCallback((): Promise<number> => {
    if (fetching.current) return fetching.current;
    const run = (async () => {
      const outcome = await fetchQueue({ reading, mode }, BATCH);
      if (!outcome.ok) throw new Error(outcome.message);
      const fresh = unseenCards(outcome.data.cards, seen.current);
      fresh.forEach((card) => seen.current.add(cardKey(card)));
      upcoming.current.push(...fresh);
      const { learning, review, new: newCards } = outcome.data.remaining;
      beyond.current = Math.max(0, learning + review + newCards - outcome.data.cards.length);
      return fresh.length;
    })();
    fetching.current = run.finally(() => {
      fetching.current = null;
    });
    return fetching.current;
  }, [reading, mode]);

  const show = useCallback(
    (card: CardFront | null) => {
      setCurrent(card);
      setBack(null);
      shownAt.current = performance.now();
      recount(card !== null);
      if (upcoming.current.length < LOW_WATER) refill().then(() => recount(card !== null), () => undefined);
    },
    [recount, refill],
  );

  /** The next card; at the end, waits for ratings in flight (a learning card may be due again) and asks once more. */
  const advance = useCallback(async () => {
    let next = upcoming.current.shift();
    if (!next) {
      setCurrent(null);
      await Promise.allSettled([...pending.current]);
      await refill().catch(() => 0);
      next = upcoming.current.shift();
    }
    if (next) {
      setStatus("studying");
      show(next);
    } else {
      setStatus("done");
      setCurrent(null);
      recount(false);
    }
  }, [refill, recount, show]);

  useEffect(() => {
    let cancelled = false;
    refill()
      .then(() => (cancelled ? undefined : advance()))
      .catch((e: Error) => {
        if (cancelled) return;
        setNotice(e.message);
        setStatus("error");
      });
    return () => {
      cancelled = true;
    };
    // The session starts once per scope; refill and advance only read refs.
  }, [reading, mode]);

  async function reveal(response: unknown) {
    if (!current || back || revealing) return;
    setRevealing(true);
    const outcome = await revealCard(current.cardId, response);
    setRevealing(false);
    if (outcome.ok) setBack(outcome.data);
    else if (outcome.status === 404) {
      setNotice("This card is no longer in your queue; skipped.");
      void advance();
    } else setNotice(outcome.message);
  }

  function rate(rating: Rating) {
    if (!current || !back) return;
    const front = current;
    const result = rateCard(front, rating, performance.now() - shownAt.current);
    pending.current.add(result);
    history.current.push({ front, rating, result });
    setCanUndo(true);
    setNotice(null);
    setCounts((c) => ({ ...c, done: c.done + 1, again: c.again + (rating === 1 ? 1 : 0) }));
    void result.then((outcome) => {
      pending.current.delete(result);
      if (outcome.ok) setNextDue((prev) => (prev && prev < outcome.data.nextDue ? prev : outcome.data.nextDue));
      else if (outcome.status === 409) setNotice("That card was already reviewed (in another tab?) — moved on.");
      else setNotice(`Your rating was not saved: ${outcome.message}`);
    });
    void advance();
  }

  async function undo() {
    const last = history.current.pop();
    setCanUndo(history.current.length > 0);
    if (!last) return;
    const rated = await last.result;
    const outcome = rated.ok ? await undoRating(rated.data.reviewLogId) : null;
    if (!outcome?.ok) {
      setNotice(outcome ? `Could not undo: ${outcome.message}` : "Nothing to undo: that rating was not saved.");
      return;
    }
    const restored = { ...last.front, version: outcome.data.version };
    seen.current.add(cardKey(restored));
    if (current) upcoming.current.unshift(current);
    setCounts((c) => ({ ...c, done: c.done - 1, again: c.again - (last.rating === 1 ? 1 : 0) }));
    setNotice("Undone — the card is back.");
    setStatus("studying");
    show(restored);
  }

  return { status, current, back, revealing, counts, nextDue, notice, canUndo, reveal, rate, undo };
}
