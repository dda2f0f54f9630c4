// Download links for the bank exports, with one description of each format for every place that offers them.
// Plain links, not next/link: a download is not a page to prefetch or navigate to.

export type FormatName = "yaml" | "csv" | "gift" | "anki";

export const FORMATS: Record<FormatName, { label: string; note: string }> = {
  csv: { label: "CSV", note: "a spreadsheet (Excel, Numbers, Google Sheets): one row per question" },
  anki: { label: "Anki", note: "flashcards to import into Anki: one note per question" },
  gift: { label: "GIFT", note: "a quiz bank to import into Moodle (questions to put in order are left out)" },
  yaml: { label: "YAML", note: "the question file itself, exactly as Lectern reads it: keep it as a backup, or send it to whoever maintains the shipped banks so your edits go into them" },
};

/**
 * "CSV · Anki · GIFT" for one export. `what` ends each link's accessible name ("CSV of all banks") where several
 * exports share one list; without it the links take their purpose from their context (WCAG 2.4.4), as in a list
 * of readings whose titles are links of their own.
 */
export function ExportFormatLinks({ href, formats, what }: { href: (format: FormatName) => string; formats: readonly FormatName[]; what?: string }) {
  return (
    <span className="inline-flex flex-wrap gap-x-3 gap-y-1">
      {formats.map((format) => (
        <a key={format} href={href(format)} download className="font-semibold text-brand-700 underline underline-offset-2">
          {FORMATS[format].label}
          {what && <span className="sr-only"> of {what}</span>}
        </a>
      ))}
    </span>
  );
}

export const BANK_FORMATS = ["csv", "anki", "gift", "yaml"] as const satisfies FormatName[];
export const bankExportHref = (bank: string) => (format: FormatName) => `/api/readings/${encodeURIComponent(bank)}/export?format=${format}`;

/** What each format is for, once per page. */
export function FormatNotes({ formats }: { formats: readonly FormatName[] }) {
  return (
    <dl className="grid gap-x-3 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
      {formats.map((format) => (
        <div key={format} className="contents">
          <dt className="font-semibold">{FORMATS[format].label}</dt>
          <dd>{FORMATS[format].note}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One bank's exports: the current version of each question, retired ones left out. */
export function BankExportLinks({ bank, title }: { bank: string; title: string }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        Download the current version of every question in “{title}”, retired ones left out:{" "}
        <ExportFormatLinks href={bankExportHref(bank)} formats={BANK_FORMATS} what={`the bank “${title}”`} />
      </p>
      <FormatNotes formats={BANK_FORMATS} />
    </div>
  );
}
