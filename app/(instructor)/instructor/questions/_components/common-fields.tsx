// The fields every question has, and (for a new question) which bank, type and id it gets.
import { DIFFICULTY_LABELS, KIND_LABELS } from "@/components/reading/question-labels";
import { Field } from "@/components/ui/field";
import { QUESTION_KINDS, QUESTION_TYPES } from "@/lib/questions/schema";
import { TYPE_LABELS, type Draft, type FieldErrors, type Update } from "./draft";
import { Select, TextArea } from "./inputs";

export type FieldsProps = { draft: Draft; update: Update; errors: FieldErrors };


/** The first message for a field or anything inside it ("tags" or "tags.2"). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

export function IdentityFields({ draft, update, errors, bank, banks, onBankChange }: FieldsProps & { bank: string; banks: { slug: string; title: string }[]; onBankChange: (bank: string) => void }) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Select label="Bank" name="bank" value={bank} onChange={(e) => onBankChange(e.target.value)} error={errors.bank}>
        {banks.map((b) => (
          <option key={b.slug} value={b.slug}>
            {b.title}
          </option>
        ))}
      </Select>
      <Select label="Question type" name="type" value={draft.type} onChange={(e) => update({ type: e.target.value as Draft["type"] })}>
        {QUESTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {TYPE_LABELS[type]}
          </option>
        ))}
      </Select>
      <Field label="Id (optional)" name="id" value={draft.id} onChange={(e) => update({ id: e.target.value })} error={errors.id} hint="Leave empty for the bank's next number, or type one such as dip-120." autoComplete="off" />
    </div>
  );
}

export function CommonFields({ draft, update, errors }: FieldsProps) {
  return (
    <>
      <TextArea label="Prompt" name="prompt" rows={3} value={draft.prompt} onChange={(e) => update({ prompt: e.target.value })} error={errors.prompt} hint="In our own words; name the article or the date when the sources differ in time." />
      <div className="grid gap-3 sm:grid-cols-3">
        <Select label="Kind" name="kind" value={draft.kind} onChange={(e) => update({ kind: e.target.value as Draft["kind"] })} error={errors.kind}>
          {QUESTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </Select>
        <Select label="Difficulty" name="difficulty" value={draft.difficulty} onChange={(e) => update({ difficulty: e.target.value })} error={errors.difficulty}>
          {([1, 2, 3] as const).map((level) => (
            <option key={level} value={level}>
              {DIFFICULTY_LABELS[level]}
            </option>
          ))}
        </Select>
        <Field label="Tags (optional)" name="tags" value={draft.tags} onChange={(e) => update({ tags: e.target.value })} error={errorAt(errors, "tags")} hint="Lower-case words, separated by spaces." autoComplete="off" />
      </div>
      <TextArea label="Explanation" name="explanation" rows={3} value={draft.explanation} onChange={(e) => update({ explanation: e.target.value })} error={errors.explanation} hint="Why this is the answer, and where the sources disagree." />
    </>
  );
}
