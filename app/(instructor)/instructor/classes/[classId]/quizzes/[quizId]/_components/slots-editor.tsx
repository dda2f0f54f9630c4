"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { useApi } from "@/components/use-api";
import { matchesPool, withinReadings, type PoolCandidate } from "@/lib/quiz/pools";
import { PoolForm } from "./pool-form";
import { describePool, type EditorSlot } from "./slot-types";

type Question = PoolCandidate & { prompt: string; quizOnly: boolean };
type Props = {
  quizId: string; frozen: boolean; initialReadings: string[]; initialSlots: EditorSlot[];
  readings: { slug: string; title: string }[]; tags: string[]; questions: Question[];
};

/** The quiz's readings and slots: picked questions and pools, each with its points. Saved together. */
export function SlotsEditor({ quizId, frozen, initialReadings, initialSlots, readings, tags, questions }: Props) {
  const { send, error, pending } = useApi();
  const [chosen, setChosen] = useState(initialReadings);
  const [slots, setSlots] = useState(initialSlots);
  const [search, setSearch] = useState("");
  const [saved, setSaved] = useState(false);
  const available = withinReadings(questions, chosen) as Question[];
  const fixed = slots.flatMap((s) => ("questionId" in s ? [s.questionId] : []));
  const title = (slug: string) => readings.find((r) => r.slug === slug)?.title ?? slug;
  const found = available.filter((q) => !fixed.includes(q.id) && (q.id + " " + q.prompt).toLowerCase().includes(search.toLowerCase())).slice(0, 30);
  const update = (next: EditorSlot[]) => { setSlots(next); setSaved(false); };
  const setPoints = (i: number, points: number) => update(slots.map((s, j) => (j === i ? { ...s, points } : s)));
  const total = slots.reduce((sum, s) => sum + s.points * ("count" in s ? s.count : 1), 0);

  async function save() {
    setSaved((await send("PATCH", `/api/quizzes/${quizId}`, { readings: chosen, slots })) !== null);
  }

  return (
    <div className="space-y-6">
      <fieldset disabled={frozen}>
        <legend className="font-semibold">Readings</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {readings.map((r) => (
            <label key={r.slug} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={chosen.includes(r.slug)} onChange={(e) => { setChosen(e.target.checked ? [...chosen, r.slug] : chosen.filter((s) => s !== r.slug)); setSaved(false); }} />
              {r.title}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <h3 className="font-semibold">In this quiz ({total} points)</h3>
        {slots.length === 0 ? <p className="text-sm text-slate-600">No questions yet: add some below.</p> : (
          <ol className="mt-2 divide-y divide-slate-100">
            {slots.map((slot, i) => {
              const label = "questionId" in slot
                ? `${slot.questionId} — ${questions.find((q) => q.id === slot.questionId)?.prompt ?? "(not available in these readings)"}`
                : `Pool: ${slot.count} from ${describePool(slot.pool, title)} (${available.filter((q) => matchesPool(q, slot.pool)).length} match)`;
              return (
                <li key={i} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span className="min-w-0 flex-1">{i + 1}. {label}</span>
                  <label className="flex items-center gap-1">
                    Points<span className="sr-only"> for slot {i + 1}</span>
                    <input type="number" min={0.5} step={0.5} value={slot.points} disabled={frozen} onChange={(e) => setPoints(i, Number(e.target.value))} className="w-20 rounded-md border border-slate-300 px-2 py-1" />
                  </label>
                  {!frozen && <Button type="button" variant="danger" className="min-h-8 px-3 py-1" onClick={() => update(slots.filter((_, j) => j !== i))}>Remove<span className="sr-only"> slot {i + 1}</span></Button>}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      {frozen ? (
        <p className="text-sm text-slate-700">Students have started this quiz, so its questions are fixed. Settings still change; a corrected question can be regraded from the attempts page.</p>
      ) : (
        <>
          <section aria-label="Pick questions">
            <h3 className="font-semibold">Pick questions ({available.length} in these readings)</h3>
            <label htmlFor="pick-search" className="mt-2 block text-sm font-medium text-slate-800">Search questions</label>
            <input id="pick-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
            <ul className="mt-2 max-h-72 divide-y divide-slate-100 overflow-y-auto">
              {found.map((q) => (
                <li key={q.id} className="flex items-start justify-between gap-2 py-1.5 text-sm">
                  <span><span className="font-mono text-xs">{q.id}</span> {q.prompt} <span className="text-xs text-slate-600">({q.type}, {q.kind}, difficulty {q.difficulty}{q.quizOnly ? ", quiz-only" : ""})</span></span>
                  <Button type="button" variant="secondary" className="min-h-8 px-3 py-1" onClick={() => update([...slots, { questionId: q.id, points: 1 }])}>Add<span className="sr-only"> {q.id}</span></Button>
                </li>
              ))}
            </ul>
          </section>
          <section aria-label="Add a pool">
            <h3 className="mb-2 font-semibold">Add a pool (drawn at random for each attempt)</h3>
            <PoolForm questions={available} readings={readings.filter((r) => chosen.includes(r.slug))} tags={tags} fixed={fixed} onAdd={(slot) => update([...slots, slot])} />
          </section>
        </>
      )}
      <FormError message={error?.message} />
      {!frozen && (
        <div className="flex items-center gap-3">
          <Button type="button" onClick={save} disabled={pending}>Save questions</Button>
          <span role="status" className="text-sm text-green-800">{saved ? "Questions saved" : ""}</span>
        </div>
      )}
    </div>
  );
}
