"use client";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { useApi } from "@/components/use-api";
import { DUE_SOON_DAYS, type AtRiskSettingsValues } from "@/lib/analytics/at-risk-rules";

/** The class's at-risk rules, as numbers the instructor can read and change. Percentages in the form, fractions in the API. */
export function AtRiskSettingsForm({ classId, settings }: { classId: string; settings: AtRiskSettingsValues }) {
  const { send, error, pending } = useApi();
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    await send("PUT", `/api/classes/${classId}/at-risk-settings`, {
      inactiveDays: Number(f.get("inactiveDays")),
      overdueCards: Number(f.get("overdueCards")),
      minMeanRecall: Number(f.get("minMeanRecall")) / 100,
      minQuizFraction: Number(f.get("minQuizFraction")) / 100,
      flagMissedQuiz: f.get("flagMissedQuiz") === "on",
    });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Inactive for at least (days)" name="inactiveDays" type="number" min={1} max={365} required defaultValue={settings.inactiveDays} error={error?.fields?.inactiveDays} />
        <Field label="More than this many overdue cards" name="overdueCards" type="number" min={0} required defaultValue={settings.overdueCards} error={error?.fields?.overdueCards} />
        <Field label="Mean recall under (%)" name="minMeanRecall" type="number" min={0} max={100} required defaultValue={Math.round(settings.minMeanRecall * 100)} error={error?.fields?.minMeanRecall} />
        <Field label="Quiz grade under (%)" name="minQuizFraction" type="number" min={0} max={100} required defaultValue={Math.round(settings.minQuizFraction * 100)} error={error?.fields?.minQuizFraction} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="flagMissedQuiz" defaultChecked={settings.flagMissedQuiz} className="size-4" />
        Flag a closed quiz the student never finished
      </label>
      <p className="text-sm text-slate-600">
        The recall bar also flags a reading due within {DUE_SOON_DAYS} days whose predicted recall on its due date is under it (cards not studied yet count 0).
      </p>
      <FormError message={error?.message} />
      <Button type="submit" disabled={pending}>Save rules</Button>
    </form>
  );
}
