"use client";
import { useRef, useState, type KeyboardEvent } from "react";

/**
 * Items put in order with "Move up" / "Move down" buttons rather than dragging, so a keyboard or a screen reader does
 * it as easily as a mouse; Alt+↑ / Alt+↓ move the item whose button has focus. Focus stays on the moved item's button,
 * and the new position is announced.
 */
export function OrderingInput({ value, onChange, disabled }: { value: string[]; onChange: (order: string[]) => void; disabled?: boolean }) {
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  function move(from: number, by: -1 | 1) {
    const to = from + by;
    if (to < 0 || to >= value.length) return;
    const order = [...value];
    [order[from], order[to]] = [order[to], order[from]];
    onChange(order);
    setAnnouncement(`“${order[to]}” is now ${to + 1} of ${order.length}.`);
    // The pressed button vanishes at the ends of the list (the first item has no "up"): then focus its other one.
    const [same, other] = by === -1 ? ["up", "down"] : ["down", "up"];
    const item = order[to];
    requestAnimationFrame(() => (buttons.current.get(`${item}|${same}`) ?? buttons.current.get(`${item}|${other}`))?.focus());
  }

  function onKeyDown(e: KeyboardEvent, index: number) {
    if (disabled || !e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    move(index, e.key === "ArrowUp" ? -1 : 1);
  }

  const buttonClass = "rounded-md bg-white px-2 py-1 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-100 disabled:text-slate-400";
  return (
    <div>
      <ol className="space-y-2">
        {value.map((item, i) => (
          <li key={item} className="flex items-center gap-3 rounded-md bg-white px-3 py-2 ring-1 ring-slate-300" onKeyDown={(e) => onKeyDown(e, i)}>
            <span className="w-5 shrink-0 text-right font-semibold text-slate-600">{i + 1}.</span>
            <span className="min-w-0 flex-1">{item}</span>
            <span className="flex shrink-0 gap-1">
              {i > 0 && (
                <button type="button" ref={(el) => void buttons.current.set(`${item}|up`, el)} className={buttonClass} disabled={disabled} onClick={() => move(i, -1)}>
                  <span aria-hidden="true">↑</span>
                  <span className="sr-only">Move “{item}” up</span>
                </button>
              )}
              {i < value.length - 1 && (
                <button type="button" ref={(el) => void buttons.current.set(`${item}|down`, el)} className={buttonClass} disabled={disabled} onClick={() => move(i, 1)}>
                  <span aria-hidden="true">↓</span>
                  <span className="sr-only">Move “{item}” down</span>
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
