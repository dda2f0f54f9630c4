// The answer part of the form, one layout per question type.
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { errorAt, type FieldsProps } from "./common-fields";
import type { Granularity } from "./draft";
import { Group, Select, TextArea } from "./inputs";
import { MatchingFields, OrderingFields } from "./list-fields";

function McqFields({ draft, update, errors }: FieldsProps) {
  const { options, correctOption } = draft;
  const remove = (i: number) =>
    update({ options: options.filter((_, k) => k !== i), correctOption: i === correctOption ? -1 : correctOption - (i < correctOption ? 1 : 0) });
  // An empty correct option already says "must not be empty" beside itself.
  const answerError = correctOption < 0 ? "choose the correct option" : options[correctOption]?.trim() ? errors.answer : undefined;
  return (
    <Group legend="Options (4 to 6) and the correct one" error={errors.options ?? answerError}>
      {options.map((option, i) => (
        <div key={i} className="flex items-end gap-2">
          <div className="flex min-h-10 items-center gap-1 pb-1">
            <input type="radio" id={`correct-${i}`} name="correct" className="size-5" checked={correctOption === i} onChange={() => update({ correctOption: i })} />
            <label htmlFor={`correct-${i}`} className="text-sm">
              Correct<span className="sr-only">: option {i + 1} is the answer</span>
            </label>
          </div>
          <div className="flex-1">
            <Field label={`Option ${i + 1}`} name={`option-${i}`} value={option} error={errors[`options.${i}`]} autoComplete="off"
              onChange={(e) => update({ options: options.map((o, k) => (k === i ? e.target.value : o)) })} />
          </div>
          {options.length > 4 && (
            <Button type="button" variant="secondary" className="px-3" aria-label={`Remove option ${i + 1}`} onClick={() => remove(i)}>
              Remove
            </Button>
          )}
        </div>
      ))}
      {options.length < 6 && (
        <Button type="button" variant="secondary" onClick={() => update({ options: [...options, ""] })}>
          Add an option
        </Button>
      )}
    </Group>
  );
}

function TrueFalseFields({ draft, update }: FieldsProps) {
  return (
    <Group legend="Answer">
      <div className="flex gap-6">
        {(["true", "false"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="truth" className="size-5" value={value} checked={draft.truth === value} onChange={() => update({ truth: value })} />
            {value === "true" ? "True" : "False"}
          </label>
        ))}
      </div>
    </Group>
  );
}

function NumericFields({ draft, update, errors }: FieldsProps) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field label="Answer (a number)" name="number" inputMode="decimal" autoComplete="off" value={draft.number} error={errors.answer} onChange={(e) => update({ number: e.target.value })} />
      <Field label="Unit" name="unit" autoComplete="off" value={draft.unit} error={errors.unit} hint="e.g. USD billion, islands, percent" onChange={(e) => update({ unit: e.target.value })} />
      <Field label="Tolerance (±)" name="tolerance" inputMode="decimal" autoComplete="off" value={draft.tolerance} error={errors.tolerance} hint="Empty or 0: exact" onChange={(e) => update({ tolerance: e.target.value })} />
    </div>
  );
}

const DATE_INPUT = { year: { type: "text", hint: "YYYY, e.g. 2016" }, month: { type: "month", hint: "YYYY-MM, e.g. 2016-05" }, day: { type: "date", hint: "YYYY-MM-DD" } } as const;

/** Narrowing keeps what is known (2016-05 → 2016); widening cannot invent a month or a day, so it starts empty. */
function convertDate(date: string, to: Granularity): string {
  const length = { year: 4, month: 7, day: 10 }[to];
  return date.length >= length ? date.slice(0, length) : "";
}

function DateFields({ draft, update, errors }: FieldsProps) {
  const input = DATE_INPUT[draft.granularity];
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Select label="Granularity" name="granularity" value={draft.granularity} hint="As precise as the reading is, and no more."
        onChange={(e) => {
          const granularity = e.target.value as Granularity;
          update({ granularity, date: convertDate(draft.date, granularity) });
        }}>
        <option value="year">Year</option>
        <option value="month">Month</option>
        <option value="day">Day</option>
      </Select>
      <Field label="Answer date" name="date" type={input.type} hint={input.hint} value={draft.date} error={errors.answer} onChange={(e) => update({ date: e.target.value })} />
    </div>
  );
}

function ShortFields({ draft, update, errors }: FieldsProps) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label="Answer" name="answer" autoComplete="off" value={draft.answer} error={errors.answer} onChange={(e) => update({ answer: e.target.value })} />
      <TextArea label="Other accepted answers" name="accept" rows={3} value={draft.accept} error={errorAt(errors, "accept")}
        hint="One per line. Case, punctuation and a/an/the are ignored anyway." onChange={(e) => update({ accept: e.target.value })} />
    </div>
  );
}

export function AnswerFields(props: FieldsProps) {
  switch (props.draft.type) {
    case "mcq":
      return <McqFields {...props} />;
    case "true_false":
      return <TrueFalseFields {...props} />;
    case "numeric":
      return <NumericFields {...props} />;
    case "date":
      return <DateFields {...props} />;
    case "short":
      return <ShortFields {...props} />;
    case "ordering":
      return <OrderingFields {...props} />;
    case "matching":
      return <MatchingFields {...props} />;
  }
}
