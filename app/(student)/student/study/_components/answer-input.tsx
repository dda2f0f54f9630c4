"use client";
import type { RefObject } from "react";
import type { StudentView } from "@/lib/questions/student-view";
import { MatchingInput } from "@/components/question/matching-input";
import { OrderingInput } from "@/components/question/ordering-input";

/** The options a student picks from by number (1–9) on the front, or none for typed and arranged answers. */
export function choicesOf(view: StudentView): { label: string; value: unknown }[] | null {
  if (view.type === "mcq") return view.options.map((option) => ({ label: option, value: option }));
  if (view.type === "true_false") return [{ label: "True", value: true }, { label: "False", value: false }];
  return null;
}

const TYPED_HINT: Partial<Record<StudentView["type"], string>> = {
  date: "A year, a month or a day (e.g. 2016, May 2016, 6 May 2016).",
  numeric: "A number.",
  short: "A word or a short phrase.",
};

const isStringList = (r: unknown): r is string[] => Array.isArray(r) && r.every((x) => typeof x === "string");
const isPairs = (r: unknown): r is Record<string, string> => typeof r === "object" && r !== null && !Array.isArray(r);

type Props = {
  view: StudentView;
  response: unknown;
  disabled: boolean;
  onChange: (response: unknown) => void;
  textRef: RefObject<HTMLInputElement | null>;
  /** On the back: the right choice is marked. */
  answer?: string;
};

/** The answer area of a card front: choices, a typed field, or items to order or match. */
export function AnswerInput({ view, response, disabled, onChange, textRef, answer }: Props) {
  const choices = choicesOf(view);
  if (choices)
    return (
      <fieldset disabled={disabled}>
        <legend className="sr-only">Choose an answer (keys 1–{choices.length})</legend>
        <div className="space-y-2">
          {choices.map((choice, i) => (
            <label
              key={choice.label}
              className={`flex cursor-pointer items-start gap-3 rounded-md p-3 ring-1 ring-slate-200 has-checked:bg-brand-50 has-checked:ring-2 has-checked:ring-brand-700 ${choice.label === answer ? "bg-green-50 ring-2 ring-green-600 has-checked:bg-green-50 has-checked:ring-green-600" : ""}`}
            >
              <input type="radio" name="answer" className="mt-1" checked={response === choice.value} onChange={() => onChange(choice.value)} />
              <span>
                <span className="mr-2 font-mono text-sm text-slate-500" aria-hidden>
                  {i + 1}
                </span>
                {choice.label}
                {choice.label === answer && <span className="ml-2 text-sm font-semibold text-green-800">✓ right answer</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  if (view.type === "ordering")
    return (
      <div>
        <p className="mb-2 text-sm text-slate-600">Put the items in order, first at the top (Alt+↑ / Alt+↓ move the focused item).</p>
        <OrderingInput value={isStringList(response) ? response : view.items} disabled={disabled} onChange={onChange} />
      </div>
    );
  if (view.type === "matching")
    return <MatchingInput lefts={view.left} rights={view.right} value={isPairs(response) ? response : {}} disabled={disabled} onChange={onChange} />;
  const unit = view.type === "numeric" ? (view.unit === "percent" ? "%" : view.unit) : null;
  return (
    <div className="space-y-1">
      <label htmlFor="typed-answer" className="block text-sm font-medium text-slate-800">
        Your answer
      </label>
      <div className="flex items-center gap-2">
        <input
          ref={textRef}
          id="typed-answer"
          type="text"
          inputMode={view.type === "numeric" ? "decimal" : "text"}
          autoComplete="off"
          readOnly={disabled}
          value={typeof response === "string" ? response : ""}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby="typed-hint"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm read-only:bg-slate-50"
        />
        {unit && <span className="text-slate-700">{unit}</span>}
      </div>
      <p id="typed-hint" className="text-sm text-slate-600">
        {TYPED_HINT[view.type]} Enter shows the answer; Esc leaves the field.
      </p>
    </div>
  );
}
