"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { formatDayAndTime } from "@/lib/zoned-time";

/** What the session did and when the next cards come back. */
export function SessionEnd({ done, again, nextDue, timeZone }: { done: number; again: number; nextDue: string | null; timeZone: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="session-end" className="space-y-3 rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <h2 id="session-end" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        {done === 0 ? "Nothing to review right now" : "Session complete"}
      </h2>
      {done > 0 && (
        <p className="text-slate-700">
          {done} {done === 1 ? "card" : "cards"} reviewed{again > 0 && `, ${again} to see again soon`}.
        </p>
      )}
      {nextDue && <p className="text-slate-700">Next cards due {formatDayAndTime(nextDue, new Date(), timeZone)}.</p>}
      <Link href="/student" className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        Back to Today
      </Link>
    </section>
  );
}
