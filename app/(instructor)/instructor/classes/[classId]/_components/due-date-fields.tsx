"use client";
import { isoToWallTime, wallTimeToIso } from "@/lib/zoned-time";

/** A due date and time typed in the instructor's zone; the time defaults to the end of the day. */
export function DueDateFields({ idPrefix, timeZone, zone, dueAt }: { idPrefix: string; timeZone: string; zone: string; dueAt?: string | null }) {
  const wall = dueAt ? isoToWallTime(dueAt, timeZone) : null;
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="mb-1 text-sm font-medium text-slate-800">Due (optional) — times in {zone}</legend>
      <div>
        <label htmlFor={`${idPrefix}-date`} className="block text-sm text-slate-700">
          Date
        </label>
        <input id={`${idPrefix}-date`} name="dueDate" type="date" defaultValue={wall?.date} className="rounded-md border border-slate-300 bg-white px-3 py-2" />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-time`} className="block text-sm text-slate-700">
          Time
        </label>
        <input id={`${idPrefix}-time`} name="dueTime" type="time" defaultValue={wall?.time ?? "23:59"} className="rounded-md border border-slate-300 bg-white px-3 py-2" />
      </div>
    </fieldset>
  );
}

/** The form's due date as an instant with the zone's offset, or null when no date was given. */
export function readDueAt(form: FormData, timeZone: string): string | null {
  const date = String(form.get("dueDate") ?? "");
  if (!date) return null;
  return wallTimeToIso({ date, time: String(form.get("dueTime") || "23:59") }, timeZone);
}
