"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { QUESTION_KINDS, QUESTION_TYPES } from "@/lib/questions/schema";
import { matchesPool, type PoolCandidate, type PoolRule } from "@/lib/quiz/pools";
import type { EditorSlot } from "./slot-types";

type Props = { questions: PoolCandidate[]; readings: { slug: string; title: string }[]; tags: string[]; fixed: string[]; onAdd: (slot: EditorSlot) => void };

function MultiSelect({ label, name, options, value, onChange }: { label: string; name: string; options: { value: string; label: string }[]; value: string[]; onChange: (v: string[]) => void }) {
  return (
    <div>
      <label htmlFor={`pool-${name}`} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={`pool-${name}`} multiple value={value} onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))} className="mt-1 block h-28 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A pool rule with a live count of the questions it matches (the server refuses one that cannot supply its draw). */
export function PoolForm({ questions, readings, tags, fixed, onAdd }: Props) {
  const [rule, setRule] = useState<Required<PoolRule>>({ readings: [], kinds: [], types: [], difficulties: [], tags: [] });
  const [count, setCount] = useState(2);
  const [points, setPoints] = useState(1);
  const matching = questions.filter((q) => matchesPool(q, rule));
  const free = matching.filter((q) => !fixed.includes(q.id)).length;
  const set = (key: keyof PoolRule) => (v: string[]) => setRule({ ...rule, [key]: key === "difficulties" ? v.map(Number) : v });
  const pool = Object.fromEntries(Object.entries(rule).filter(([, v]) => v.length)) as PoolRule;
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <MultiSelect label="Readings" name="readings" options={readings.map((r) => ({ value: r.slug, label: r.title }))} value={rule.readings} onChange={set("readings")} />
        <MultiSelect label="Kinds" name="kinds" options={QUESTION_KINDS.map((k) => ({ value: k, label: k }))} value={rule.kinds} onChange={set("kinds")} />
        <MultiSelect label="Types" name="types" options={QUESTION_TYPES.map((t) => ({ value: t, label: t }))} value={rule.types} onChange={set("types")} />
        <MultiSelect label="Difficulties" name="difficulties" options={[1, 2, 3].map((d) => ({ value: String(d), label: String(d) }))} value={rule.difficulties.map(String)} onChange={set("difficulties")} />
        <MultiSelect label="Tags" name="tags" options={tags.map((t) => ({ value: t, label: t }))} value={rule.tags} onChange={set("tags")} />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="pool-count" className="block text-sm font-medium text-slate-800">Questions to draw</label>
          <input id="pool-count" type="number" min={1} max={100} value={count} onChange={(e) => setCount(Number(e.target.value))} className="mt-1 w-24 rounded-md border border-slate-300 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="pool-points" className="block text-sm font-medium text-slate-800">Points each</label>
          <input id="pool-points" type="number" min={0.5} step={0.5} value={points} onChange={(e) => setPoints(Number(e.target.value))} className="mt-1 w-24 rounded-md border border-slate-300 px-3 py-2" />
        </div>
        <Button type="button" variant="secondary" onClick={() => onAdd({ pool, count, points })} disabled={free < count}>Add pool</Button>
      </div>
      <p role="status" className={free < count ? "text-sm font-medium text-red-800" : "text-sm text-slate-700"}>
        {`This pool matches ${matching.length} question${matching.length === 1 ? "" : "s"}`}
        {matching.length !== free && ` (${free} outside the fixed questions)`}
        {free < count ? `: not enough to draw ${count}.` : "."}
      </p>
    </div>
  );
}
