import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { diffQuestions, questionFields } from "@/lib/questions/diff-versions";
import { getQuestionVersion } from "@/lib/questions/editor-queries";
import { isQuestionId } from "@/lib/questions/question-id";
import { RestoreVersionButton } from "../../../_components/restore-version-button";
import { VersionChanges } from "../../../_components/version-changes";
import { versionOrigin, when } from "../../../_components/version-history";

type Props = { params: Promise<{ questionId: string; number: string }> };

const parseNumber = (text: string) => (/^[1-9]\d{0,5}$/.test(text) ? Number(text) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { questionId, number } = await params;
  return { title: isQuestionId(questionId) && parseNumber(number) ? `Version ${number} of ${questionId}` : "Question version" };
}

/** One version of a question, read-only, compared field by field with the current one, and restorable. */
export default async function QuestionVersionPage({ params }: Props) {
  const { questionId, number: text } = await params;
  const user = await requireRole("INSTRUCTOR");
  const number = parseNumber(text);
  const version = number && isQuestionId(questionId) ? await getQuestionVersion({ questionId, number, actor: user }) : null;
  if (!version) notFound();
  const isCurrent = version.number === version.current.number;
  const changes = diffQuestions(version.question, version.current.question);
  return (
    <div className="space-y-6">
      <div>
        <BackLink href={`/instructor/questions/${questionId}/edit`}>{`Question ${questionId}`}</BackLink>
        <h1 className="mt-2 text-2xl font-bold">
          Version {version.number} of {questionId}
          {isCurrent && " (current)"}
        </h1>
        <p className="text-slate-700">
          {versionOrigin(version)} · <time dateTime={version.createdAt.toISOString()}>{when(version.createdAt)}</time>
        </p>
      </div>
      {!isCurrent && (
        <Card title={`Compared with the current version (${version.current.number})`}>
          <VersionChanges changes={changes} before={`Version ${version.number}`} after={`Current (${version.current.number})`} />
          {!version.retired && (
            <div className="mt-4">
              <RestoreVersionButton questionId={questionId} version={version.number} current={version.current.number} asCopy={!version.canChange} />
            </div>
          )}
        </Card>
      )}
      <Card title={`Version ${version.number}`}>
        <dl className="space-y-3">
          {questionFields(version.question).map((f) => (
            <div key={f.field}>
              <dt className="text-sm font-semibold text-slate-700">{f.label}</dt>
              <dd className="whitespace-pre-line">{f.text}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
