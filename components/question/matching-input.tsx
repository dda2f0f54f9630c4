"use client";
import { useId } from "react";

type Pairs = Record<string, string>;

/** Each left-hand item with a native select of every right-hand one: both sides in view, and keyboard-ready. */
export function MatchingInput({
  lefts, rights, value, onChange, disabled,
}: { lefts: string[]; rights: string[]; value: Pairs; onChange: (pairs: Pairs) => void; disabled?: boolean }) {
  const idBase = useId();
  function choose(left: string, right: string) {
    const { [left]: _previous, ...rest } = value;
    onChange(right ? { ...rest, [left]: right } : rest);
  }
  return (
    <ul className="space-y-3">
      {lefts.map((left, i) => (
        <li key={left} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-3">
          <label htmlFor={`${idBase}-${i}`} className="font-medium">
            {left}
          </label>
          <select
            id={`${idBase}-${i}`}
            value={value[left] ?? ""}
            onChange={(e) => choose(left, e.target.value)}
            disabled={disabled}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
          >
            <option value="">Choose its match…</option>
            {rights.map((right) => (
              <option key={right} value={right}>
                {right}
              </option>
            ))}
          </select>
        </li>
      ))}
    </ul>
  );
}
