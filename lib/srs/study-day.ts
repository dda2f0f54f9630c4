// A student's study day: from `dayStartHour` (4 a.m. by default, as in Anki) in their time zone to the same hour the
// next day. Pure.
import { isoToWallTime, wallTimeToIso } from "@/lib/zoned-time";

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Start (inclusive) and end (exclusive) of the study day containing `now`. */
export function studyDay(now: Date, timeZone: string, dayStartHour: number): { start: Date; end: Date } {
  const wall = isoToWallTime(now.toISOString(), timeZone);
  const hour = Number(wall.time.slice(0, 2));
  const date = hour < dayStartHour ? addDays(wall.date, -1) : wall.date;
  const time = `${String(dayStartHour).padStart(2, "0")}:00`;
  return { start: new Date(wallTimeToIso({ date, time }, timeZone)), end: new Date(wallTimeToIso({ date: addDays(date, 1), time }, timeZone)) };
}

/** The calendar date ("2026-12-03") of the study day containing `at`. */
export function studyDate(at: Date, timeZone: string, dayStartHour: number): string {
  const wall = isoToWallTime(at.toISOString(), timeZone);
  return Number(wall.time.slice(0, 2)) < dayStartHour ? addDays(wall.date, -1) : wall.date;
}
