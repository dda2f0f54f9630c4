// How strongly a passage is quoted, as a shade: a reading that is almost entirely quoted still shows where the
// questions concentrate. Shared by the passages and the key above the text, so the two cannot disagree.
const SHADES = [
  { min: 5, label: "5 or more", className: "bg-amber-400" },
  { min: 3, label: "3–4", className: "bg-amber-300" },
  { min: 2, label: "2", className: "bg-amber-200" },
  { min: 1, label: "1", className: "bg-amber-100" },
] as const;

export function shadeFor(questionCount: number): string {
  return (SHADES.find((s) => questionCount >= s.min) ?? SHADES[SHADES.length - 1]).className;
}

export const questionCountLabel = (count: number) => `${count} question${count === 1 ? "" : "s"}`;

/** The key to the shades, lightest first. */
export function CitationKey({ questionCount }: { questionCount: number }) {
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>
        {questionCountLabel(questionCount)} quote this reading. Each highlighted passage is quoted by at least one; select a passage
        to see its questions.
      </p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span>Questions per passage:</span>
        {[...SHADES].reverse().map((s) => (
          <span key={s.min} className={`rounded-sm px-1.5 text-slate-900 ${s.className}`}>
            {s.label}
          </span>
        ))}
      </p>
    </div>
  );
}
