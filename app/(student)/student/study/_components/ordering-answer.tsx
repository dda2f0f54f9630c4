"use client";
import { useRef, useState, type KeyboardEvent } from "react";

/** Put items in order: Move up / Move down buttons, or Alt+↑ / Alt+↓ on an item's buttons. */
export function OrderingAnswer({ items, disabled, onChange }: { items: string[]; disabled: boolean; onChange: (order: string[]) => void }) {
  const [order, setOrder] = useState(items);
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  function move(index: number, delta: -1 | 1, focus: "up" | "down") {
    const to = index + delta;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[index], next[to]] = [next[to], next[index]];
    setOrder(next);
    onChange(next);
    setAnnouncement(`${order[index]}: position ${to + 1} of ${order.length}`);
    // Keep the focus on the item that moved; at an end the other button is the one that still works.
    const edge = (to === 0 && focus === "up") || (to === order.length - 1 && focus === "down");
    requestAnimationFrame(() => buttons.current.get(`${order[index]}:${edge ? (focus === "up" ? "down" : "up") : focus}`)?.focus());
  }

  function onKeyDown(e: KeyboardEvent, index: number) {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    move(index, e.key === "ArrowUp" ? -1 : 1, e.key === "ArrowUp" ? "up" : "down");
  }

  return (
    <div>
      <p id="ordering-hint" className="mb-2 text-sm text-slate-600">
        Put the items in order, first at the top (Alt+↑ / Alt+↓ move the focused item).
      </p>
      <ol className="space-y-2" aria-describedby="ordering-hint">
        {order.map((item, i) => (
          <li key={item} className="flex items-center gap-2 rounded-md bg-slate-50 p-2 ring-1 ring-slate-200" onKeyDown={(e) => onKeyDown(e, i)}>
            <span className="w-6 shrink-0 text-center font-semibold text-slate-500">{i + 1}</span>
            <span className="flex-1">{item}</span>
            {(["up", "down"] as const).map((dir) => (
              <button
                key={dir}
                type="button"
                ref={(el) => {
                  buttons.current.set(`${item}:${dir}`, el);
                }}
                disabled={disabled || (dir === "up" ? i === 0 : i === order.length - 1)}
                aria-label={`Move "${item}" ${dir}`}
                onClick={() => move(i, dir === "up" ? -1 : 1, dir)}
                className="min-h-10 min-w-10 rounded-md bg-white text-lg ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-40"
              >
                {dir === "up" ? "↑" : "↓"}
              </button>
            ))}
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
