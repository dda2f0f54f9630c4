"use client";
// Every problem at once, each a link to its field (GOV.UK's error summary): focus comes here after a refused save,
// and following a link puts focus in the field.
import type { Ref } from "react";
import type { Draft, FieldErrors } from "./draft";
import { fieldTarget } from "./field-paths";

type Props = { errors: FieldErrors; draft: Draft; message?: string; ref?: Ref<HTMLDivElement> };

const ORDER = ["bank", "type", "id", "prompt", "kind", "difficulty", "tags", "explanation", "options", "answer", "unit", "tolerance", "accept", "items", "pairs", "quote"];
const formOrder = (path: string) => {
  const i = ORDER.indexOf(path.split(".")[0]);
  return i < 0 ? ORDER.length : i;
};

function focusField(e: React.MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  e.preventDefault();
  field.scrollIntoView({ block: "center" });
  field.focus();
}

export function ErrorSummary({ errors, draft, message, ref }: Props) {
  // In the order the form shows its fields, top to bottom.
  const entries = Object.entries(errors).sort(([a], [b]) => formOrder(a) - formOrder(b));
  const heading = entries.length === 0 ? message : `Fix ${entries.length === 1 ? "this problem" : `these ${entries.length} problems`} first:`;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none focus-visible:ring-2 focus-visible:ring-red-600">
      {heading && (
        <div role="alert" className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          <p className="font-semibold">{heading}</p>
          {entries.length > 0 && (
            <ul className="list-disc space-y-0.5 pl-5">
              {entries.map(([path, problem]) => {
                const { id, label } = fieldTarget(path, draft);
                const text = `${label}: ${problem}`;
                return (
                  <li key={path}>
                    {id ? (
                      <a href={`#${id}`} onClick={(e) => focusField(e, id)} className="font-medium underline underline-offset-2">
                        {text}
                      </a>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
