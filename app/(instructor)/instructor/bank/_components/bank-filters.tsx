"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { DIFFICULTY_LABELS, KIND_LABELS, SYNTHESIS_TITLE, TYPE_LABELS } from "@/components/reading/question-labels";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { countFilters } from "@/lib/questions/bank-filter-params";
import { SYNTHESIS_DIR } from "@/lib/questions/question-files";
import type { BankParams } from "./bank-params";
import { requestResultsFocus } from "./results-focus";
import { SelectField, type Option } from "./select-field";

type Props = { params: BankParams; readings: { slug: string; title: string }[]; tags: string[] };

const fromLabels = (labels: Record<string | number, string>, all: string): Option[] => [
  { value: "", label: all },
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

/**
 * A GET form: the filters go in the URL. With JavaScript it navigates in place (showing that it is working, then
 * moving focus to the results); without, the browser submits it as it is. On a phone the fields fold away behind a
 * "Filters" button so the results come first; on a wide screen they are always shown.
 */
export function BankFilters({ params, readings, tags }: Props) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [isOpen, setOpen] = useState(false);
  const fieldsId = useId();
  const active = countFilters(params);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const search = new URLSearchParams([...data].flatMap(([key, value]) => (typeof value === "string" && value.trim() ? [[key, value]] : [])));
    requestResultsFocus();
    startTransition(() => router.push(search.size > 0 ? `/instructor/bank?${search}` : "/instructor/bank"));
  }

  const readingOptions: Option[] = [
    { value: "", label: "All readings" },
    ...readings.map((r) => ({ value: r.slug, label: r.title })),
    { value: SYNTHESIS_DIR, label: SYNTHESIS_TITLE },
  ];
  return (
    <section aria-label="Filters" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="hidden text-lg font-semibold lg:mb-4 lg:block">Filters</h2>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={fieldsId}
        onClick={() => setOpen(!isOpen)}
        className="flex w-full items-center justify-between text-left text-lg font-semibold lg:hidden"
      >
        Filters{active > 0 ? ` (${active} active)` : ""}
        <span aria-hidden="true">{isOpen ? "▴" : "▾"}</span>
      </button>
      {/* Keyed by the URL's state so that the uncontrolled fields show the filters after every navigation. */}
      <form key={JSON.stringify(params)} id={fieldsId} action="/instructor/bank" onSubmit={apply} className={`mt-4 space-y-4 lg:mt-0 ${isOpen ? "block" : "hidden lg:block"}`}>
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
          <Button type="submit" worksBeforeHydration disabled={isPending}>
            {isPending ? "Applying filters…" : "Apply filters"}
          </Button>
          <Link href="/instructor/bank" className="text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        </div>
      </form>
    </section>
  );
}
