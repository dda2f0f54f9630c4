import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { SYNTHESIS_TITLE } from "@/components/reading/question-labels";
import { listEditorReadings } from "@/lib/questions/editor-queries";
import { SYNTHESIS_DIR } from "@/lib/questions/question-files";
import { emptyDraft } from "../_components/draft";
import { QuestionForm } from "../_components/question-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New question" };

/** `?bank=<slug>` preselects a bank, so a bank's page can link straight here. */
export default async function NewQuestionPage({ searchParams }: { searchParams: Promise<{ bank?: string }> }) {
  const { bank } = await searchParams;
  await requireRole("INSTRUCTOR");
  const readings = await listEditorReadings();
  const banks = [...readings.map(({ slug, title }) => ({ slug, title })), { slug: SYNTHESIS_DIR, title: SYNTHESIS_TITLE }];
  const initialBank = banks.find((b) => b.slug === bank)?.slug ?? banks[0].slug;
  const firstReading = initialBank === SYNTHESIS_DIR ? (readings[0]?.slug ?? "") : initialBank;
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/instructor/bank">Question bank</BackLink>
        <h1 className="mt-2 text-2xl font-bold">New question</h1>
        <p className="text-slate-700">The same rules as the bank files: every answer is proved by a quote copied verbatim from the reading.</p>
      </div>
      <Card title="Write">
        <QuestionForm mode="new" initial={emptyDraft(firstReading)} bank={initialBank} banks={banks} readings={readings} />
      </Card>
    </div>
  );
}
