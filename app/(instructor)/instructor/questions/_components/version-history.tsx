import Link from "next/link";
import type { VersionSummary } from "@/lib/questions/editor-queries";

export const when = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** How a version came to be, as a person says it. */
export function versionOrigin(v: Pick<VersionSummary, "createdBy" | "authorName">): string {
  const by = v.authorName ? ` by ${v.authorName}` : "";
  switch (v.createdBy) {
    case "import":
      return "imported from the files";
    case "copy":
      return `copied from the shipped question${by}`;
    case "restore":
      return `restored from an earlier version${by}`;
    default:
      return `edited in the app${by}`;
  }
}

/** Newest first. Versions are never changed or deleted: attempts and reviews point at the one they used. */
export function VersionHistory({ questionId, versions, current }: { questionId: string; versions: VersionSummary[]; current: number }) {
  return (
    <ol className="divide-y divide-slate-200" aria-label="Versions, newest first">
      {versions.map((v) => (
        <li key={v.number} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
          <span className="font-medium">
            <Link href={`/instructor/questions/${questionId}/versions/${v.number}`} className="text-brand-700 underline underline-offset-2">
              Version {v.number}
            </Link>
            {v.number === current && " (current)"}
          </span>
          <span className="text-slate-600">
            {versionOrigin(v)} · <time dateTime={v.createdAt.toISOString()}>{when(v.createdAt)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
