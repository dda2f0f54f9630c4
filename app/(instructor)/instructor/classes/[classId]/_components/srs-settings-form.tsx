"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useApi } from "@/components/use-api";
import type { OptimizeResult } from "@/lib/srs/optimize/optimize-class";
import type { ClassSrsSettings } from "@/lib/srs/types";

const steps = (value: FormDataEntryValue | null) => String(value ?? "").split(/[\s,]+/).filter(Boolean);

/** The class's scheduling: desired retention, new cards a day, learning steps, longest interval. */
export function SrsSettingsForm({ classId, settings }: { classId: string; settings: ClassSrsSettings }) {
  const { send, error, pending } = useApi();
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    const form = new FormData(e.currentTarget);
    const ok = await send("PUT", `/api/classes/${classId}/srs-settings`, {
      desiredRetention: Number(form.get("desiredRetention")),
      newPerDay: Number(form.get("newPerDay")),
      learningSteps: steps(form.get("learningSteps")),
      relearningSteps: steps(form.get("relearningSteps")),
      maximumInterval: Number(form.get("maximumInterval")),
    });
    setSaved(ok !== null);
  }

  const fieldError = (name: string) => error?.fields?.[name];
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Desired retention" name="desiredRetention" type="number" min={0.7} max={0.97} step={0.01} required defaultValue={settings.desiredRetention} hint="0.70–0.97: higher means more reviews." error={fieldError("desiredRetention")} />
        <Field label="New cards per day" name="newPerDay" type="number" min={0} max={9999} step={1} required defaultValue={settings.newPerDay} error={fieldError("newPerDay")} />
        <Field label="Learning steps" name="learningSteps" defaultValue={settings.learningSteps.join(" ")} hint="e.g. 1m 10m" error={fieldError("learningSteps")} />
        <Field label="Relearning steps" name="relearningSteps" defaultValue={settings.relearningSteps.join(" ")} hint="e.g. 10m" error={fieldError("relearningSteps")} />
        <Field label="Maximum interval (days)" name="maximumInterval" type="number" min={1} max={36500} step={1} required defaultValue={settings.maximumInterval} error={fieldError("maximumInterval")} />
      </div>
      <FormError message={error?.message} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          Save settings
        </Button>
        <span role="status" className="text-sm text-green-800">
          {saved ? "Settings saved" : ""}
        </span>
      </div>
    </form>
  );
}


/** Fits FSRS parameters from the class's reviews; the server applies them only when they predict better. */
export function OptimizeButton({ classId, fittedAt }: { classId: string; fittedAt: string | null }) {
  const { send, error, pending } = useApi();
  const [result, setResult] = useState<OptimizeResult | null>(null);
  async function run() {
    setResult(await send<OptimizeResult>("POST", `/api/classes/${classId}/srs-optimize`));
  }
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">
        {fittedAt ? `Parameters last fitted to this class's reviews on ${fittedAt.slice(0, 10)}.` : "The class uses FSRS's default parameters."}
      </p>
      <Button variant="secondary" onClick={run} disabled={pending}>
        {pending ? "Fitting…" : "Fit parameters to this class's reviews"}
      </Button>
      <FormError message={error?.message} />
      <p role="status" className="text-sm text-slate-700">
        {result &&
          `${result.applied ? "New parameters applied" : "Kept the current parameters"} — on held-back reviews, log loss ${result.before.logLoss.toFixed(3)} → ${result.logLoss.toFixed(3)}, RMSE ${result.before.rmse.toFixed(3)} → ${result.rmse.toFixed(3)} (${result.reviews} reviews).`}
      </p>
    </div>
  );
}
