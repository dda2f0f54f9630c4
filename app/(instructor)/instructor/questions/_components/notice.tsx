import type { ReactNode } from "react";

const TONES = {
  info: "bg-slate-50 text-slate-800 ring-slate-200",
  success: "bg-green-50 text-green-900 ring-green-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
} as const;

/** A one-paragraph note above the editor: what the question is and what saving it will do. */
export function Notice({ tone = "info", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return <p className={`rounded-md px-3 py-2 text-sm font-medium ring-1 ${TONES[tone]}`}>{children}</p>;
}
