import { bankExportHref, BANK_FORMATS, ExportFormatLinks, FormatNotes, type FormatName } from "@/components/question/export-links";
import { countFilters, filterSearch } from "@/lib/questions/bank-filter-params";
import type { BankParams } from "./bank-params";

/** A selection may mix banks; the YAML file holds one bank, so it is offered for a whole bank only. */
const SELECTION_FORMATS = ["csv", "anki", "gift"] as const satisfies FormatName[];

const selectionHref = (params: BankParams) => (format: FormatName) => {
  const search = filterSearch(params);
  search.set("format", format);
  return `/api/exports?${search}`;
};

type Props = { params: BankParams; total: number; bank: { slug: string; title: string } | null };

/** The bank page's downloads: what the filters select, the filtered reading's whole bank, and every bank. */
export function BankExports({ params, total, bank }: Props) {
  const isFiltered = countFilters(params) > 0;
  const rowClass = "flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between";
  return (
    <details className="group rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <summary className="cursor-pointer text-lg font-semibold">Export questions</summary>
      <ul className="mt-3 divide-y divide-slate-200 text-sm">
        {isFiltered && total > 0 && (
          <li className={`py-2 ${rowClass}`}>
            <span>These {total} question{total === 1 ? "" : "s"} (the filters above)</span>
            <ExportFormatLinks href={selectionHref(params)} formats={SELECTION_FORMATS} what="the filtered questions" />
          </li>
        )}
        {bank && (
          <li className={`py-2 ${rowClass}`}>
            <span>The whole bank “{bank.title}”</span>
            <ExportFormatLinks href={bankExportHref(bank.slug)} formats={BANK_FORMATS} what={`the bank “${bank.title}”`} />
          </li>
        )}
        <li className={`py-2 ${rowClass}`}>
          <span>All banks</span>
          <ExportFormatLinks href={selectionHref({})} formats={SELECTION_FORMATS} what="all banks" />
        </li>
      </ul>
      <p className="mt-3 text-sm text-slate-700">
        Each file holds each question’s current version. Retired questions are left out unless the filters include them.
      </p>
      <div className="mt-2">
        <FormatNotes formats={BANK_FORMATS} />
      </div>
    </details>
  );
}
