"use client";
// The time left, from the server's deadline and the measured offset between this device's clock and the server's:
// a wrong clock on the device changes nothing. Announced to screen readers only at 5 and 1 minutes left.
import { useEffect, useState } from "react";

export function useRemaining(deadline: string | null, offsetMs: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, []);
  return deadline === null ? null : Math.max(0, Date.parse(deadline) - (now + offsetMs));
}

export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export function Countdown({ remaining }: { remaining: number }) {
  const minutes = Math.ceil(remaining / 60_000);
  const warn = remaining <= 60_000;
  return (
    <div className={`rounded-md px-3 py-1 font-mono text-lg font-semibold tabular-nums ${warn ? "bg-red-50 text-red-800 ring-1 ring-red-300" : "bg-slate-100 text-slate-900"}`}>
      <span className="sr-only">Time left: </span>
      <span role="timer" aria-label="Time left">{formatRemaining(remaining)}</span>
      <span className="sr-only" aria-live="polite">{minutes === 5 || minutes === 1 ? `${minutes} ${minutes === 1 ? "minute" : "minutes"} left` : ""}</span>
    </div>
  );
}
