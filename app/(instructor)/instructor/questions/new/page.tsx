import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { SYNTHESIS_TITLE } from "@/components/reading/question-labels";
import { getQuestionEditor, listEditorReadings } from "@/lib/questions/editor-queries";
import { isQuestionId } from "@/lib/questions/question-id";
import { SYNTHESIS_DIR } from "@/lib/questions/question-files";
import { draftFromQuestion, emptyDraft } from "../_components/draft";
import { QuestionForm } from "../_components/question-form";

export const metadata: Metadata = { title: "New question" };

type Props = { searchParams: Promise<{ bank?: string; from?: string }> };

/** `?bank=<slug>` preselects a bank, so a bank's page can link straight here; `?from=<id>` starts from a duplicate. */
export default async function NewQuestionPage({ searchParams }: Props) {
  const { bank, from } = await searchParams;
  const user = await requireRole("INSTRUCTOR");
  const [readings, source] = await Promise.all([
    listEditorReadings(),
    from && isQuestionId(from) ? getQuestionEditor({ questionId: from, actor: user }) : null,
  ]);
  const banks = [...readings.map(({ slug, title }) => ({ slug, title })), { slug: SYNTHESIS_DIR, title: SYNTHESIS_TITLE }];
  const initialBank = banks.find((b) => b.slug === (source?.bank ?? bank))?.slug ?? banks[0].slug;
  const firstReading = initialBank === SYNTHESIS_DIR ? (readings[0]?.slug ?? "") : initialBank;
  const initial = source ? { ...draftFromQuestion(source.question, initialBank === SYNTHESIS_DIR ? null : initialBank), id: "" } : emptyDraft(firstReading);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/instructor/bank">Question bank</BackLink>
        <h1 className="mt-2 text-2xl font-bold">New question</h1>
        <p className="text-slate-700">
          {source
            ? `A duplicate of ${source.id}: change what you need; it becomes a new question of your own, with its own id.`
            : "The same rules as the bank files: every answer is proved by a quote copied verbatim from the reading."}
        </p>
      </div>
      <Card title="Write">
        <QuestionForm mode="new" initial={initial} bank={initialBank} banks={banks} readings={readings} />
      </Card>
    </div>
  );
}
