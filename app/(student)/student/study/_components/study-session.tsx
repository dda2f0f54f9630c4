"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { EmptyState } from "@/components/ui/card";
import { cardKey, type StudyScope } from "./study-api";
import { ReviewCard } from "./review-card";
import { SessionEnd } from "./session-end";
import { verdictOf } from "./card-back";
import { useStudySession } from "./use-study-session";

function SessionProgress({ done, left }: { done: number; left: number }) {
  const total = done + left;
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm text-slate-600">
        <span>
          {done} done · {left} to go
        </span>
      </div>
      <div role="progressbar" aria-label="Session progress" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={`${done} of ${total} cards`} className="h-2 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full bg-brand-700 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

export function StudySession({ scope, timeZone }: { scope: StudyScope; timeZone: string }) {
  const session = useStudySession(scope);
  const { status, current, back, counts, notice, canUndo, undo } = session;
  const undoRef = useRef(undo);
  undoRef.current = undo;

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      const field = target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && (target as HTMLInputElement).type === "text") ? (target as HTMLInputElement) : null;
      const plainU = (e.key === "u" || e.key === "U") && !field && !e.ctrlKey && !e.metaKey && !e.altKey;
      // Ctrl/Cmd+Z as in Anki; inside a field that holds text it stays the field's own undo.
      const undoKey = (e.key === "z" || e.key === "Z") && (e.ctrlKey || e.metaKey) && !e.shiftKey && !field?.value;
      if ((plainU || undoKey) && !e.repeat) {
        e.preventDefault();
        void undoRef.current();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const announcement = back ? `${verdictOf(back).text}. Answer: ${back.answer}` : "";

  return (
    <div className="space-y-4">
      <SessionProgress done={counts.done} left={counts.left} />
      <p className="sr-only" aria-live="polite" aria-atomic>
        {announcement}
      </p>
      {notice && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {notice}
        </p>
      )}
      {status === "loading" && <p className="text-slate-600">Loading your cards…</p>}
      {status === "error" && (
        <EmptyState title="Could not load your cards">
          <Link href="/student" className="text-brand-700 underline">Back to Today</Link>
        </EmptyState>
      )}
      {current && <ReviewCard key={cardKey(current)} front={current} back={back} revealing={session.revealing} onReveal={session.reveal} onRate={session.rate} />}
      {status === "done" && <SessionEnd done={counts.done} again={counts.again} nextDue={session.nextDue} timeZone={timeZone} />}
      {canUndo && (
        <button type="button" onClick={() => void undo()} className="text-sm text-brand-700 underline">
          Undo last rating (U or Ctrl+Z)
        </button>
      )}
    </div>
  );
}
