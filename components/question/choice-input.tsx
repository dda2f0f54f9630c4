"use client";
import { useId } from "react";

type Choice<T> = { value: T; label: string };

/** Native radios in a group: arrow keys move between choices, as screen-reader users expect. */
export function ChoiceInput<T extends string | boolean>({
  choices, value, onChange, disabled,
}: { choices: Choice<T>[]; value: T | null; onChange: (value: T) => void; disabled?: boolean }) {
  const name = useId();
  return (
    <ul className="space-y-2">
      {choices.map((choice, i) => (
        <li key={String(choice.value)}>
          <label className="flex cursor-pointer items-start gap-3 rounded-md bg-white px-3 py-2 ring-1 ring-slate-300 has-checked:ring-2 has-checked:ring-brand-700">
            <input
              type="radio"
              name={name}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              disabled={disabled}
              className="mt-1 size-4 shrink-0"
            />
            <span>
              {choices.length > 2 && <span className="mr-2 font-semibold text-slate-600">{String.fromCharCode(65 + i)}.</span>}
              {choice.label}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
