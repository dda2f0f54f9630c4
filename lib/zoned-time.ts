// Wall-clock times in a named time zone (the user's profile zone), with Intl only: due dates are entered and shown in
// the zone of the person looking at them, and stored as instants. Pure; every function takes `now` when it needs one.

export type WallTime = { date: string; time: string }; // "2026-12-03", "23:59"

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function wallParts(at: Date, timeZone: string) {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, format);
  }
  const get = (type: string) => Number(format.formatToParts(at).find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute"), second: get("second") };
}

/** Minutes the zone is ahead of UTC at that instant (New York in winter: -300). */
export function offsetMinutes(at: Date, timeZone: string): number {
  const p = wallParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * The instant a wall time in `timeZone` names, as ISO 8601 with that zone's offset. A time skipped by a DST change
 * moves forward by the gap; a repeated one takes the first occurrence.
 */
export function wallTimeToIso({ date, time }: WallTime, timeZone: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = offsetMinutes(new Date(wallAsUtc), timeZone);
  const candidates = [first, offsetMinutes(new Date(wallAsUtc - first * 60000), timeZone)];
  const valid = candidates.filter((o) => offsetMinutes(new Date(wallAsUtc - o * 60000), timeZone) === o);
  // Repeated hour: the earliest instant (largest offset). Skipped hour: the offset before the gap, the smaller one.
  const offset = valid.length ? Math.max(...valid) : Math.min(...candidates);
  const instant = new Date(wallAsUtc - offset * 60000);
  const wall = new Date(instant.getTime() + offset * 60000).toISOString().slice(0, 16);
  return `${wall}:00${formatOffset(offset)}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function isoToWallTime(iso: string, timeZone: string): WallTime {
  const p = wallParts(new Date(iso), timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** "Europe/Paris (UTC+01:00)": the zone a form's times are in, said next to the form. */
export function zoneLabel(timeZone: string, now: Date): string {
  return `${timeZone.replace(/_/g, " ")} (UTC${formatOffset(offsetMinutes(now, timeZone))})`;
}

function dayNumber(at: Date, timeZone: string): number {
  const p = wallParts(at, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

/** "today at 9:10", "tomorrow at 9:10", "Thu 3 Dec at 9:10" (with the year when it is not this year's). */
export function formatDayAndTime(iso: string, now: Date, timeZone: string): string {
  const at = new Date(iso);
  const p = wallParts(at, timeZone);
  const clock = `${p.hour}:${pad(p.minute)}`;
  const days = dayNumber(at, timeZone) - dayNumber(now, timeZone);
  if (days === 0) return `today at ${clock}`;
  if (days === 1) return `tomorrow at ${clock}`;
  const sameYear = p.year === wallParts(now, timeZone).year;
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: sameYear ? undefined : "numeric" }).format(at);
  return `${day.replace(",", "")} at ${clock}`;
}
