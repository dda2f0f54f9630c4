import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { getQuestionEditor, type QuestionEditor } from "@/lib/questions/editor-queries";
import { isQuestionId } from "@/lib/questions/question-id";
import { SYNTHESIS_DIR } from "@/lib/questions/question-files";
import { draftFromQuestion, TYPE_LABELS } from "../../_components/draft";
import { Notice } from "../../_components/notice";
import { QuestionActions } from "../../_components/question-actions";
import { BankExportLinks } from "@/components/question/export-links";
import { QuestionForm } from "../../_components/question-form";
import { VersionHistory } from "../../_components/version-history";

type Props = { params: Promise<{ questionId: string }>; searchParams: Promise<{ created?: string; copied?: string; restored?: string }> };

// Each tab says which question it holds.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { questionId } = await params;
  return { title: isQuestionId(questionId) ? `Edit ${questionId}` : "Edit question" };
}

const LINK = "font-medium underline underline-offset-2";

function OwnershipNotice({ editor }: { editor: QuestionEditor }) {
  if (editor.ownership === "copy")
    return (
      <Notice>
        Your copy of{" "}
        <Link href={`/instructor/questions/${editor.forkOfId}/edit`} className={LINK}>
          {editor.forkOfId}
        </Link>
        : only you see it, and your classes use it in the shipped question’s place.
      </Notice>
    );
  if (editor.ownership === "own") return <Notice>Your own question: only you see it, and your classes use it.</Notice>;
  if (editor.canChange) return <Notice>A shipped question: as an administrator you change it for every class that has no copy of it.</Notice>;
  if (editor.myCopy)
    return (
      <Notice>
        A shipped question, read-only here: your classes use your copy of it, and your changes go there —{" "}
        <Link href={`/instructor/questions/${editor.myCopy.id}/edit`} className={LINK}>
          open {editor.myCopy.id}
        </Link>
        {editor.myCopy.retired && " (retired: restore it there to use it again)"}.
      </Notice>
    );
  return <Notice>A shipped question, kept by the site. Saving your changes makes your own copy, which your classes use in its place; no one else sees it.</Notice>;
}

export default async function EditQuestionPage({ params, searchParams }: Props) {
  const { questionId } = await params;
  const { created, copied, restored } = await searchParams;
  const user = await requireRole("INSTRUCTOR");
  const editor = isQuestionId(questionId) ? await getQuestionEditor({ questionId, actor: user }) : null;
  if (!editor) notFound();
  const bankReading = editor.bank === SYNTHESIS_DIR ? null : editor.bank;
  const readOnly = editor.retired || editor.myCopy !== null;
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/instructor/bank">Question bank</BackLink>
        <h1 className="mt-2 text-2xl font-bold">Question {editor.id}</h1>
        <p className="text-slate-700">
          {TYPE_LABELS[editor.question.type]} · {editor.bankTitle} · version {editor.version}
          {editor.quizOnly && " · quiz-only"}
        </p>
      </div>
      {created && <Notice tone="success">Created {editor.id} as version 1.</Notice>}
      {/^\d{1,6}$/.test(restored ?? "") && <Notice tone="success">Restored the content of version {restored} as version {editor.version}.</Notice>}
      {copied && editor.forkOfId && <Notice tone="success">Made your copy of {editor.forkOfId}: it is {editor.id}, version {editor.version}.</Notice>}
      <OwnershipNotice editor={editor} />
      {editor.retired && <Notice tone="warning">This question is retired: no class uses it; its history stays. It can be read, and restored by its owner, but not edited.</Notice>}
      <Card title="Edit">
        <QuestionForm mode="edit" initial={draftFromQuestion(editor.question, bankReading)} bank={editor.bank} readings={editor.readings} version={editor.version} canChange={editor.canChange} readOnly={readOnly} />
      </Card>
      <Card title="In your classes">
        <QuestionActions editor={editor} />
      </Card>
      <Card title="Version history">
        <VersionHistory questionId={editor.id} versions={editor.history} current={editor.version} />
      </Card>
      <Card title="Export this bank">
        <BankExportLinks bank={editor.bank} title={editor.bankTitle} />
      </Card>
    </div>
  );
}
