import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { getQuestionEditor } from "@/lib/questions/editor-queries";
import { SYNTHESIS_DIR } from "@/lib/questions/question-files";
import { draftFromQuestion, TYPE_LABELS } from "../../_components/draft";
import { BankExportLinks } from "@/components/question/export-links";
import { QuestionForm } from "../../_components/question-form";
import { VersionHistory } from "../../_components/version-history";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ questionId: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditQuestionPage({ params, searchParams }: Props) {
  const { questionId } = await params;
  const { created } = await searchParams;
  await requireRole("INSTRUCTOR");
  const editor = /^[a-z]+-\d{3,}$/.test(questionId) ? await getQuestionEditor({ questionId }) : null;
  if (!editor) notFound();
  const bankReading = editor.bank === SYNTHESIS_DIR ? null : editor.bank;
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/instructor/bank">Question bank</BackLink>
        <h1 className="mt-2 text-2xl font-bold">Question {editor.id}</h1>
        <p className="text-slate-700">
          {TYPE_LABELS[editor.question.type]} · {editor.bankTitle} · version {editor.version}
          {editor.origin === "editor" && " · written in the app"}
        </p>
      </div>
      {created && <p className="rounded-md bg-green-50 px-3 py-2 text-sm font-medium text-green-900 ring-1 ring-green-200">Created {editor.id} as version 1.</p>}
      {editor.retired && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 ring-1 ring-amber-200">
          This question is retired (removed from the bank files): its history stays, and it can be read but not edited.
        </p>
      )}
      <Card title="Edit">
        <QuestionForm mode="edit" initial={draftFromQuestion(editor.question, bankReading)} bank={editor.bank} readings={editor.readings} version={editor.version} readOnly={editor.retired} />
      </Card>
      <Card title="Version history">
        <VersionHistory versions={editor.history} current={editor.version} />
      </Card>
      <Card title="Export this bank">
        <BankExportLinks bank={editor.bank} title={editor.bankTitle} />
      </Card>
    </div>
  );
}
