import type { Metadata } from "next";
import Link from "next/link";
import { SYNTHESIS_TITLE } from "@/components/reading/question-labels";
import { requireRole } from "@/lib/auth/guard";
import { toBankFilters } from "@/lib/questions/bank-filter-params";
import { getBankFacets, getQuestionPreview, searchBank, SYNTHESIS_FILTER } from "@/lib/questions/queries";
import { BankExports } from "./_components/bank-exports";
import { BankFilters } from "./_components/bank-filters";
import { parseBankParams } from "./_components/bank-params";
import { BankResults } from "./_components/bank-results";

export const metadata: Metadata = { title: "Question bank" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionBankPage({ searchParams }: Props) {
  const user = await requireRole("INSTRUCTOR");
  const params = parseBankParams(await searchParams);
  const [results, facets, preview] = await Promise.all([
    searchBank({ ...toBankFilters(params), viewer: user }),
    getBankFacets({ viewer: user }),
    params.preview ? getQuestionPreview({ id: params.preview, viewer: user }) : null,
  ]);
  const bankTitle = params.reading === SYNTHESIS_FILTER ? SYNTHESIS_TITLE : facets.readings.find((r) => r.slug === params.reading)?.title;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Question bank</h1>
        <Link
          href={params.reading ? `/instructor/questions/new?bank=${encodeURIComponent(params.reading)}` : "/instructor/questions/new"}
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          New question
        </Link>
      </div>
      <BankFilters params={params} readings={facets.readings} tags={facets.tags} />
      <BankExports params={params} total={results.total} bank={params.reading && bankTitle ? { slug: params.reading, title: bankTitle } : null} />
      <BankResults results={results} params={params} preview={preview} />
    </div>
  );
}
