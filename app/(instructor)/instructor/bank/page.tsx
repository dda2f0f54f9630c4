import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { getBankFacets, getQuestionPreview, searchBank } from "@/lib/questions/queries";
import { BankFilters } from "./_components/bank-filters";
import { parseBankParams, toBankFilters } from "./_components/bank-params";
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
      <Card title="Filters">
        <BankFilters params={params} readings={facets.readings} tags={facets.tags} />
      </Card>
      <BankResults results={results} params={params} preview={preview} />
    </div>
  );
}
