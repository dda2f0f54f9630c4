"use client";
import { useId } from "react";
import type { StudentView } from "@/lib/questions/student-view";

type TypedQuestion = Extract<StudentView, { type: "numeric" | "date" | "short" }>;

const PLACEHOLDERS = { year: "e.g. 2016", month: "e.g. May 2016", day: "e.g. 6 May 2016" };

/** One text box for a typed answer; a number's unit sits beside it, so the student need not type it. */
export function TextAnswerInput({
  question, value, onChange, disabled,
}: { question: TypedQuestion; value: string; onChange: (text: string) => void; disabled?: boolean }) {
  const id = useId();
  const unit = question.type === "numeric" ? (question.unit === "percent" ? "%" : question.unit) : null;
  return (
    <div className="flex max-w-md items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Your answer
      </label>
      <input
        id={id}
        type="text"
        inputMode={question.type === "numeric" ? "decimal" : "text"}
        autoComplete="off"
        spellCheck={question.type === "short"}
        placeholder={question.type === "date" ? PLACEHOLDERS[question.granularity] : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
      />
      {unit && <span className="text-slate-700">{unit}</span>}
    </div>
  );
}
