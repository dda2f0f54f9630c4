// Placeholders shown by the routes' loading.tsx while the server prepares a page, so that on a slow network a click
// visibly did something. The shapes follow the page that is coming, to keep the layout from jumping.

export function SkeletonBlock({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none ${className}`} />;
}

/** A page title, then `cards` white cards of `lines` grey lines each; `what` is announced ("Loading the question bank…"). */
export function PageSkeleton({ what, cards = 2, lines = 4 }: { what: string; cards?: number; lines?: number }) {
  return (
    <div className="space-y-6">
      <p role="status" className="sr-only">
        Loading {what}…
      </p>
      <SkeletonBlock className="h-8 w-64 max-w-full" />
      {Array.from({ length: cards }, (_, card) => (
        <div key={card} className="space-y-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <SkeletonBlock className="h-6 w-40" />
          {Array.from({ length: lines }, (_, line) => (
            <SkeletonBlock key={line} className={`h-4 ${line % 3 === 2 ? "w-2/3" : "w-full"}`} />
          ))}
        </div>
      ))}
    </div>
  );
}
