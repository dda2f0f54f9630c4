import type { FieldChange } from "@/lib/questions/diff-versions";

/** A table of the fields that differ between two versions; a sentence when none do. */
export function VersionChanges({ changes, before, after }: { changes: FieldChange[]; before: string; after: string }) {
  if (changes.length === 0) return <p>The same content as the current version.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">Fields that differ</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">Field</th>
            <th scope="col" className="py-2 pr-3">{before}</th>
            <th scope="col" className="py-2">{after}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{c.label}</th>
              <td className="whitespace-pre-line py-2 pr-3 text-red-900"><del className="no-underline">{c.before || "—"}</del></td>
              <td className="whitespace-pre-line py-2 text-green-900"><ins className="no-underline">{c.after || "—"}</ins></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
