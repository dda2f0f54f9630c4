"use client";
import { useState } from "react";

/** Match each left item with one of the right ones, a select per row (keyboard-operable as it is). */
export function MatchingAnswer({ left, right, disabled, onChange }: { left: string[]; right: string[]; disabled: boolean; onChange: (pairs: Record<string, string>) => void }) {
  const [pairs, setPairs] = useState<Record<string, string>>({});
  function choose(item: string, value: string) {
    const next = { ...pairs };
    if (value) next[item] = value;
    else delete next[item];
    setPairs(next);
    onChange(next);
  }
  return (
    <ul className="space-y-3">
      {left.map((item, i) => (
        <li key={item} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-3">
          <label htmlFor={`match-${i}`} className="font-medium">
            {item}
          </label>
          <select
            id={`match-${i}`}
            value={pairs[item] ?? ""}
            disabled={disabled}
            onChange={(e) => choose(item, e.target.value)}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          >
            <option value="">Choose…</option>
            {right.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </li>
      ))}
    </ul>
  );
}
