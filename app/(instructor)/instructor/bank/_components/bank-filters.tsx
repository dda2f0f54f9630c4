import Form from "next/form";
import Link from "next/link";
import { DIFFICULTY_LABELS, KIND_LABELS, TYPE_LABELS } from "@/components/reading/question-labels";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SYNTHESIS_FILTER } from "@/lib/questions/queries";
import type { BankParams } from "./bank-params";
import { SelectField, type Option } from "./select-field";

type Props = { params: BankParams; readings: { slug: string; title: string }[]; tags: string[] };

const fromLabels = (labels: Record<string | number, string>, all: string): Option[] => [
  { value: "", label: all },
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

/** A GET form: submitting it puts the filters in the URL (client-side navigation via next/form). */
export function BankFilters({ params, readings, tags }: Props) {
  const readingOptions: Option[] = [
    { value: "", label: "All readings" },
    ...readings.map((r) => ({ value: r.slug, label: r.title })),
    { value: SYNTHESIS_FILTER, label: "Synthesis (several readings)" },
  ];
  return (
    // Keyed by the URL's state so that the uncontrolled fields show the filters after every navigation.
    <Form key={JSON.stringify(params)} action="/instructor/bank" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField label="Reading" name="reading" options={readingOptions} defaultValue={params.reading} />
        <SelectField label="Type" name="type" options={fromLabels(TYPE_LABELS, "All types")} defaultValue={params.type} />
        <SelectField label="Kind" name="kind" options={fromLabels(KIND_LABELS, "All kinds")} defaultValue={params.kind} />
        <SelectField label="Difficulty" name="difficulty" options={fromLabels(DIFFICULTY_LABELS, "Any difficulty")} defaultValue={params.difficulty} />
        <div>
          <Field label="Tag" name="tag" list="bank-tags" autoComplete="off" defaultValue={params.tag} />
          <datalist id="bank-tags">
            {tags.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
        </div>
        <Field label="Search" name="q" type="search" hint="Words in the prompt, or a question id" defaultValue={params.q} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="retired" value="1" defaultChecked={params.retired === "1"} className="size-4" />
          Include retired questions
        </label>
        <Button type="submit">Apply filters</Button>
        <Link href="/instructor/bank" className="text-sm font-medium text-brand-700 underline">
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
