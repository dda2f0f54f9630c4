"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useApi } from "@/components/use-api";
import type { QuizForEdit } from "@/lib/quiz/quiz-queries";
import { isoToWallTime, wallTimeToIso } from "@/lib/zoned-time";

const WHEN = [["immediately", "Immediately after the attempt"], ["after_close", "After the quiz closes"], ["never", "Never"]] as const;
const REVIEW = [["score", "Score"], ["correctness", "Right or wrong per question"], ["answer", "Right answer"], ["explanation", "Explanation and source quote"]] as const;

function Select({ label, name, value, options }: { label: string; name: string; value: string; options: readonly (readonly [string, string])[] }) {
  return (
    <div>
      <label htmlFor={`quiz-${name}`} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={`quiz-${name}`} name={name} defaultValue={value} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2">
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}

/** A date and time in the instructor's zone (empty date: no such time). */
export function WhenFields({ name, label, iso, timeZone }: { name: string; label: string; iso: string | null; timeZone: string }) {
  const wall = iso ? isoToWallTime(iso, timeZone) : null;
  return (
    <fieldset className="flex flex-wrap items-end gap-2">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <label className="text-sm text-slate-700">Date<span className="sr-only"> ({label})</span>
        <input type="date" name={`${name}Date`} defaultValue={wall?.date} className="ml-1 rounded-md border border-slate-300 px-2 py-1.5" />
      </label>
      <label className="text-sm text-slate-700">Time<span className="sr-only"> ({label})</span>
        <input type="time" name={`${name}Time`} defaultValue={wall?.time ?? "09:00"} className="ml-1 rounded-md border border-slate-300 px-2 py-1.5" />
      </label>
    </fieldset>
  );
}

export function readWhen(form: FormData, name: string, timeZone: string): string | null {
  const date = String(form.get(`${name}Date`) ?? "");
  return date ? wallTimeToIso({ date, time: String(form.get(`${name}Time`) || "00:00") }, timeZone) : null;
}

const minutes = (form: FormData, name: string) => Math.round(Number(form.get(name) || 0) * 60);

/** Every setting of a quiz; saved with one PATCH. Times are typed in the instructor's zone. */
export function SettingsForm({ quiz, timeZone, zone }: { quiz: QuizForEdit; timeZone: string; zone: string }) {
  const { send, error, pending } = useApi();
  const [saved, setSaved] = useState(false);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const f = new FormData(e.currentTarget);
    const limit = String(f.get("timeLimit") ?? "");
    const ok = await send("PATCH", `/api/quizzes/${quiz.id}`, {
      title: f.get("title"),
      timeLimitSeconds: limit ? minutes(f, "timeLimit") : null,
      opensAt: readWhen(f, "opens", timeZone),
      closesAt: readWhen(f, "closes", timeZone),
      extraTimePastClose: f.get("extraTimePastClose") === "on",
      attemptsAllowed: Number(f.get("attemptsAllowed")),
      gradingMethod: f.get("gradingMethod"),
      minGapSeconds: minutes(f, "minGap"),
      shuffleQuestions: f.get("shuffleQuestions") === "on",
      shuffleOptions: f.get("shuffleOptions") === "on",
      layout: f.get("layout"),
      reviewOptions: Object.fromEntries(REVIEW.map(([k]) => [k, f.get(`review-${k}`)])),
      expiryPolicy: f.get("expiryPolicy"),
      graceSeconds: Number(f.get("graceSeconds") || 0),
    });
    setSaved(ok !== null);
  }
  const err = (k: string) => error?.fields?.[k];
  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <Field label="Title" name="title" required maxLength={200} defaultValue={quiz.title} error={err("title")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Time limit (minutes)" name="timeLimit" type="number" min={1} max={1440} step={1} defaultValue={quiz.timeLimitSeconds ? quiz.timeLimitSeconds / 60 : ""} hint="Empty: untimed." error={err("timeLimitSeconds")} />
        <Field label="Attempts allowed" name="attemptsAllowed" type="number" min={0} max={100} step={1} required defaultValue={quiz.attemptsAllowed} hint="0: unlimited." error={err("attemptsAllowed")} />
        <Field label="Minimum gap between attempts (minutes)" name="minGap" type="number" min={0} step={1} defaultValue={quiz.minGapSeconds / 60} error={err("minGapSeconds")} />
      </div>
      <p className="text-sm text-slate-700">Times are in {zone}; each student sees them in their own time zone.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <WhenFields name="opens" label="Opens" iso={quiz.opensAt} timeZone={timeZone} />
        <WhenFields name="closes" label="Closes" iso={quiz.closesAt} timeZone={timeZone} />
      </div>
      {err("closesAt") && <p className="text-sm font-medium text-red-700">{err("closesAt")}</p>}
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="extraTimePastClose" defaultChecked={quiz.extraTimePastClose} />Extra time from accommodations may run past the close time</label>
      <div className="grid gap-4 sm:grid-cols-3">
        <Select label="Grade" name="gradingMethod" value={quiz.gradingMethod} options={[["highest", "Highest attempt"], ["latest", "Latest attempt"], ["first", "First attempt"], ["average", "Average of attempts"]]} />
        <Select label="Layout" name="layout" value={quiz.layout} options={[["one_per_page", "One question per page"], ["all_on_one", "All questions on one page"]]} />
        <Select label="At the deadline" name="expiryPolicy" value={quiz.expiryPolicy} options={[["auto_submit", "Submit automatically"], ["grace", "Grace period: submit only"]]} />
      </div>
      <Field label="Grace period (seconds)" name="graceSeconds" type="number" min={0} max={86400} defaultValue={quiz.graceSeconds} error={err("graceSeconds")} />
      <div className="flex flex-wrap gap-6 text-sm">
        <label className="flex items-center gap-2"><input type="checkbox" name="shuffleQuestions" defaultChecked={quiz.shuffleQuestions} />Shuffle questions</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="shuffleOptions" defaultChecked={quiz.shuffleOptions} />Shuffle options</label>
      </div>
      <fieldset>
        <legend className="font-semibold">What students see after an attempt</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          {REVIEW.map(([k, label]) => <Select key={k} label={label} name={`review-${k}`} value={quiz.reviewOptions[k]} options={WHEN} />)}
        </div>
      </fieldset>
      <FormError message={error?.message} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>Save settings</Button>
        <span role="status" className="text-sm text-green-800">{saved ? "Settings saved" : ""}</span>
      </div>
    </form>
  );
}
