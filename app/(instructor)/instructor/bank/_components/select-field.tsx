export type Option = { value: string; label: string };

/** A labelled native select: keyboard and screen-reader support for free, and it works before hydration. */
export function SelectField({ label, name, options, defaultValue }: { label: string; name: string; options: Option[]; defaultValue?: string }) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
