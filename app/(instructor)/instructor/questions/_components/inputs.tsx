// Labelled textarea and select, wired like components/ui/field.tsx (hint and error read out with the control).
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Labelled = { label: string; name: string; error?: string; hint?: string };

const CONTROL = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-600";

function Described({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldMessage({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

export function TextArea({ label, name, error, hint, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  const id = rest.id ?? `field-${name}`;
  return (
    <Described id={id} label={label} hint={hint} error={error}>
      <textarea {...rest} id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={CONTROL} />
    </Described>
  );
}

export function Select({ label, name, error, hint, children, ...rest }: SelectHTMLAttributes<HTMLSelectElement> & Labelled) {
  const id = rest.id ?? `field-${name}`;
  return (
    <Described id={id} label={label} hint={hint} error={error}>
      <select {...rest} id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={CONTROL}>
        {children}
      </select>
    </Described>
  );
}

/** A fieldset whose legend reads as a sub-heading; `error` is for problems with the group as a whole. */
export function Group({ legend, error, children }: { legend: string; error?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{legend}</legend>
      <FieldMessage message={error} />
      {children}
    </fieldset>
  );
}
