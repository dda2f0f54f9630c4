"use client";
// One form for writing a new question and for editing one. The browser checks the draft with the same schema as the
// server for instant messages; the server's answer (a version number, or messages per field) is the one that counts.
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useApi } from "@/components/use-api";
import type { SavedQuestion } from "@/lib/questions/edit-question";
import type { EditorReading } from "@/lib/questions/editor-queries";
import { SYNTHESIS_DIR } from "@/lib/questions/question-files";
import { AnswerFields } from "./answer-fields";
import { CommonFields, IdentityFields } from "./common-fields";
import { toQuestionInput, validateDraft, type Draft } from "./draft";
import { ErrorSummary } from "./error-summary";
import { QuotePicker } from "./quote-picker";

type Props = {
  initial: Draft;
  /** A reading's slug or "synthesis". */
  bank: string;
  readings: EditorReading[];
  readOnly?: boolean;
} & (
  /** `canChange` false: a shipped question, for an instructor: saving makes their copy (decision 008). */
  | { mode: "edit"; version: number; canChange: boolean }
  | { mode: "new"; banks: { slug: string; title: string }[] }
);

export function QuestionForm(props: Props) {
  const { initial, readings, readOnly } = props;
  const router = useRouter();
  const { send, error, pending, setError } = useApi();
  const [draft, setDraft] = useState(initial);
  const [bank, setBank] = useState(props.bank);
  const [version, setVersion] = useState(props.mode === "edit" ? props.version : 0);
  // An existing question starts valid, so its messages can show at once; a blank one waits for the first save.
  const [showErrors, setShowErrors] = useState(props.mode === "edit");
  const [status, setStatus] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  // Bumped after a refused save: focus moves to the summary once it shows the problems.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) summaryRef.current?.focus();
  }, [refusals]);
  const refused = () => setRefusals((n) => n + 1);
  const bankReading = bank === SYNTHESIS_DIR ? null : bank;
  const problems = useMemo(() => validateDraft(draft, bankReading, readings), [draft, bankReading, readings]);
  const errors = { ...(showErrors ? problems : {}), ...error?.fields };
  const problemCount = Object.keys(problems).length;

  function update(patch: Partial<Draft>) {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
    setStatus("");
  }

  function changeBank(next: string) {
    setBank(next);
    if (next !== SYNTHESIS_DIR) update({ sources: draft.sources.map((s) => ({ ...s, reading: next })) });
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setShowErrors(true);
    if (problemCount > 0) return refused();
    const question = toQuestionInput(draft, bankReading);
    if (props.mode === "new") {
      const saved = await send<SavedQuestion>("POST", "/api/questions", { bank, question });
      if (saved) router.push(`/instructor/questions/${saved.id}/edit?created=1`);
      else refused();
      return;
    }
    const saved = await send<SavedQuestion>("PUT", `/api/questions/${draft.id}`, { expectedVersion: version, question });
    if (!saved) return refused();
    if (saved.copiedFrom) return router.push(`/instructor/questions/${saved.id}/edit?copied=1`);
    setVersion(saved.version);
    setStatus(saved.created ? `Saved as version ${saved.version}.` : `Nothing changed: this is still version ${saved.version}.`);
  }

  const saveLabel = props.mode === "new" ? "Create question" : props.canChange ? "Save new version" : "Save as my copy";
  const fieldsProps = { draft, update, errors };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
      <fieldset disabled={readOnly} className="space-y-5">
        {props.mode === "new" && <IdentityFields {...fieldsProps} bank={bank} banks={props.banks} onBankChange={changeBank} />}
        <CommonFields {...fieldsProps} />
        <AnswerFields {...fieldsProps} />
        <QuotePicker {...fieldsProps} readings={readings} bankReading={bankReading} />
      </fieldset>
      <ErrorSummary ref={summaryRef} errors={errors} draft={draft} message={error?.message} />
      {!readOnly && (
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : saveLabel}
          </Button>
          <p role="status" className="font-medium text-green-800">
            {status}
          </p>
        </div>
      )}
    </form>
  );
}
