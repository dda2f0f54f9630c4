// Ordering items (kept in the correct order, moved with buttons) and matching pairs.
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FieldsProps } from "./common-fields";
import { Group } from "./inputs";

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

function RowButton({ label, children, onClick, disabled }: { label: string; children: string; onClick: () => void; disabled?: boolean }) {
  return (
    <Button type="button" variant="secondary" className="px-3" aria-label={label} onClick={onClick} disabled={disabled}>
      {children}
    </Button>
  );
}

export function OrderingFields({ draft, update, errors }: FieldsProps) {
  const { items } = draft;
  const set = (i: number, patch: Partial<(typeof items)[number]>) => update({ items: items.map((item, k) => (k === i ? { ...item, ...patch } : item)) });
  return (
    <Group legend="Items, in the correct time order (3 to 6)" error={errors.items}>
      <ol className="space-y-3">
        {items.map((item, i) => (
          <li key={i} className="flex flex-wrap items-end gap-2">
            <div className="min-w-48 flex-[3]">
              <Field label={`Item ${i + 1}`} name={`item-${i}`} autoComplete="off" value={item.text} error={errors[`items.${i}.text`] ?? errors[`items.${i}`]} onChange={(e) => set(i, { text: e.target.value })} />
            </div>
            <div className="min-w-32 flex-1">
              <Field label={`Item ${i + 1} date (optional)`} name={`item-date-${i}`} autoComplete="off" placeholder="YYYY-MM" value={item.date} error={errors[`items.${i}.date`]} onChange={(e) => set(i, { date: e.target.value })} />
            </div>
            <RowButton label={`Move item ${i + 1} up`} disabled={i === 0} onClick={() => update({ items: move(items, i, i - 1) })}>
              Up
            </RowButton>
            <RowButton label={`Move item ${i + 1} down`} disabled={i === items.length - 1} onClick={() => update({ items: move(items, i, i + 1) })}>
              Down
            </RowButton>
            {items.length > 3 && (
              <RowButton label={`Remove item ${i + 1}`} onClick={() => update({ items: items.filter((_, k) => k !== i) })}>
                Remove
              </RowButton>
            )}
          </li>
        ))}
      </ol>
      {items.length < 6 && (
        <Button type="button" variant="secondary" onClick={() => update({ items: [...items, { text: "", date: "" }] })}>
          Add an item
        </Button>
      )}
    </Group>
  );
}

export function MatchingFields({ draft, update, errors }: FieldsProps) {
  const { pairs } = draft;
  const set = (i: number, patch: Partial<(typeof pairs)[number]>) => update({ pairs: pairs.map((pair, k) => (k === i ? { ...pair, ...patch } : pair)) });
  return (
    <Group legend="Pairs (3 to 6): each left goes with its right" error={errors.pairs}>
      {pairs.map((pair, i) => (
        <div key={i} className="flex flex-wrap items-end gap-2">
          <div className="min-w-40 flex-1">
            <Field label={`Pair ${i + 1} left`} name={`left-${i}`} autoComplete="off" value={pair.left} error={errors[`pairs.${i}.left`] ?? errors[`pairs.${i}`]} onChange={(e) => set(i, { left: e.target.value })} />
          </div>
          <div className="min-w-40 flex-1">
            <Field label={`Pair ${i + 1} right`} name={`right-${i}`} autoComplete="off" value={pair.right} error={errors[`pairs.${i}.right`]} onChange={(e) => set(i, { right: e.target.value })} />
          </div>
          {pairs.length > 3 && (
            <RowButton label={`Remove pair ${i + 1}`} onClick={() => update({ pairs: pairs.filter((_, k) => k !== i) })}>
              Remove
            </RowButton>
          )}
        </div>
      ))}
      {pairs.length < 6 && (
        <Button type="button" variant="secondary" onClick={() => update({ pairs: [...pairs, { left: "", right: "" }] })}>
          Add a pair
        </Button>
      )}
    </Group>
  );
}
