import Link from "next/link";
import { difficultyLabel, kindLabel, SYNTHESIS_TITLE, typeLabel } from "@/components/reading/question-labels";
import { EmptyState } from "@/components/ui/card";
import { BANK_PAGE_SIZE, type BankSearchResult as Results, type QuestionPreview as Preview } from "@/lib/questions/queries";
import { bankHref, type BankParams } from "./bank-params";
import { QuestionPreview } from "./question-preview";
import { QuizOnlyToggle } from "./quiz-only-toggle";
import { ResultsHeading } from "./results-heading";

type Row = Results["questions"][number];
type Props = { results: Results; params: BankParams; preview: Preview | null };

function BankRow({ row, params, preview }: { row: Row; params: BankParams; preview: Preview | null }) {
  const facts = [row.reading?.title ?? SYNTHESIS_TITLE, typeLabel(row.type), `Kind: ${kindLabel(row.kind)}`, difficultyLabel(row.difficulty)];
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span className="font-mono text-sm font-semibold">{row.id}</span>
        <span className="text-sm text-slate-600">
          {facts.join(" · ")}
          {row.isRetired && <span className="ml-1 font-medium text-red-800">· retired</span>}
        </span>
      </div>
      <p className="mt-1">{row.prompt}</p>
      <QuizOnlyToggle question={row} />
      {/* scroll={false}: opening a preview keeps the list where it is. */}
      <Link href={bankHref(params, { preview: preview ? undefined : row.id })} scroll={false} className="mt-1 inline-block text-sm font-medium text-brand-700 underline">
        {preview ? "Close preview" : "Preview"}
        <span className="sr-only"> {row.id}</span>
      </Link>
      {preview && <QuestionPreview key={preview.id} preview={preview} />}
    </li>
  );
}

function Pagination({ results, params }: { results: Results; params: BankParams }) {
  if (results.pageCount <= 1) return null;
  const page = Math.min(results.page, results.pageCount);
  const linkClass = "rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-100";
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-3">
      {page > 1 && <Link href={bankHref(params, { page: String(page - 1), preview: undefined })} className={linkClass}>Previous page</Link>}
      <span className="text-sm text-slate-700">
        Page {page} of {results.pageCount}
      </span>
      {page < results.pageCount && <Link href={bankHref(params, { page: String(page + 1), preview: undefined })} className={linkClass}>Next page</Link>}
    </nav>
  );
}

/** Nothing to list: either nothing matches, or the page asked for lies past the last one (an old or edited link). */
function NoRows({ results, params }: { results: Results; params: BankParams }) {
  if (results.total > 0) {
    const last = results.pageCount;
    return (
      <EmptyState title={`Page ${results.page} doesn’t exist: there ${last === 1 ? "is 1 page" : `are ${last} pages`}.`}>
        <Link href={bankHref(params, { page: last > 1 ? String(last) : undefined, preview: undefined })} className="font-medium text-brand-700 underline">
          Go to the last page
        </Link>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No questions match these filters">
      <Link href="/instructor/bank" className="font-medium text-brand-700 underline">
        Clear filters
      </Link>
    </EmptyState>
  );
}

export function BankResults({ results, params, preview }: Props) {
  const { total, questions, page } = results;
  const first = (page - 1) * BANK_PAGE_SIZE + 1;
  const shown = questions.length > 0 && total > questions.length ? ` (showing ${first}–${first + questions.length - 1})` : "";
  const isPreviewListed = questions.some((q) => q.id === preview?.id);
  return (
    <section aria-labelledby="bank-results-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <ResultsHeading id="bank-results-heading">
        {total} question{total === 1 ? "" : "s"}
        {shown}
      </ResultsHeading>
      {preview && !isPreviewListed && <QuestionPreview key={preview.id} preview={preview} />}
      {questions.length === 0 ? (
        <div className="mt-4">
          <NoRows results={results} params={params} />
        </div>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {questions.map((row) => (
            <BankRow key={row.id} row={row} params={params} preview={row.id === preview?.id ? preview : null} />
          ))}
        </ul>
      )}
      {questions.length > 0 && <Pagination results={results} params={params} />}
    </section>
  );
}
