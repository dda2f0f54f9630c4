import type { VersionSummary } from "@/lib/questions/editor-queries";

const when = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Newest first. Versions are never changed or deleted: attempts and reviews point at the one they used. */
export function VersionHistory({ versions, current }: { versions: VersionSummary[]; current: number }) {
  return (
    <ol className="divide-y divide-slate-200" aria-label="Versions, newest first">
      {versions.map((v) => (
        <li key={v.number} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
          <span className="font-medium">
            Version {v.number}
            {v.number === current && " (current)"}
          </span>
          <span className="text-slate-600">
            {v.createdBy === "editor" ? `edited in the app${v.authorName ? ` by ${v.authorName}` : ""}` : "imported from the files"} ·{" "}
            <time dateTime={v.createdAt.toISOString()}>{when(v.createdAt)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
