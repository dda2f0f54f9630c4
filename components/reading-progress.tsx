/** A reading's share of cards studied, as a labelled progress bar. */
export function ReadingProgress({ studied, total, title }: { studied: number; total: number; title: string }) {
  const percent = total === 0 ? 0 : Math.round((studied / total) * 100);
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={`${title}: cards studied`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={studied}
        aria-valuetext={`${studied} of ${total} cards studied`}
        className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-700" style={{ width: `${percent}%` }} />
      </div>
      <span className="shrink-0 text-sm text-slate-600">
        {studied}/{total}
      </span>
    </div>
  );
}
