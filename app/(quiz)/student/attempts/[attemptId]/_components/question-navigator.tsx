"use client";
// Every question as a button: answered, unanswered or flagged at a glance (and in words for screen readers).

export type NavItem = { position: number; answered: boolean; flagged: boolean };

export function QuestionNavigator({ items, current, onGo }: { items: NavItem[]; current: number | null; onGo: (position: number) => void }) {
  return (
    <nav aria-label="Questions">
      <ol className="flex flex-wrap gap-2">
        {items.map((item, i) => {
          const state = `${item.answered ? "answered" : "unanswered"}${item.flagged ? ", flagged" : ""}`;
          return (
            <li key={item.position}>
              <button
                type="button"
                onClick={() => onGo(item.position)}
                aria-current={current === item.position ? "step" : undefined}
                aria-label={`Question ${i + 1}, ${state}`}
                className={`relative size-10 rounded-md text-sm font-semibold ring-1 ${item.answered ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-800 ring-slate-300"} ${current === item.position ? "outline-2 outline-offset-2 outline-slate-900" : ""}`}
              >
                {i + 1}
                {item.flagged && <span aria-hidden className="absolute -right-1 -top-1 text-xs text-amber-600">⚑</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-xs text-slate-600">Filled: answered · ⚑ flagged</p>
    </nav>
  );
}
