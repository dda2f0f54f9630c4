const FORMATS = [
  { format: "yaml", label: "YAML", note: "the bank.yaml format: commit it to questions/ to keep the app's edits" },
  { format: "csv", label: "CSV", note: "one row per question, for a spreadsheet" },
  { format: "gift", label: "GIFT", note: "for Moodle (ordering questions are left out)" },
  { format: "anki", label: "Anki", note: "flashcards, one note per question" },
] as const;

/** Plain links, not next/link: a download is not a page to prefetch or navigate to. */
export function ExportLinks({ bank, title }: { bank: string; title: string }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">The current version of every question in “{title}”, retired ones left out.</p>
      <ul className="space-y-1">
        {FORMATS.map(({ format, label, note }) => (
          <li key={format} className="text-sm">
            <a href={`/api/readings/${bank}/export?format=${format}`} download className="font-semibold text-brand-700 underline underline-offset-2">
              {label}
            </a>{" "}
            <span className="text-slate-600">— {note}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
