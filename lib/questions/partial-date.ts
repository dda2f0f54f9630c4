// Dates in the banks are "YYYY", "YYYY-MM" or "YYYY-MM-DD": the format is the precision the source states, so a
// date never pretends to know a day it does not.

export type Granularity = "year" | "month" | "day";
export type PartialDate = { year: number; month?: number; day?: number };

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real calendar date (no 2016-02-30), or null. */
export function makePartialDate(year: number, month?: number, day?: number): PartialDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month === undefined) return { year };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL_DATE_PATTERN.exec(text);
  if (!m) return null;
  return makePartialDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
}

export function granularityOf(date: PartialDate): Granularity {
  if (date.day !== undefined) return "day";
  return date.month !== undefined ? "month" : "year";
}

export function formatIsoPartialDate(date: PartialDate): string {
  const parts = [String(date.year).padStart(4, "0")];
  if (date.month !== undefined) parts.push(String(date.month).padStart(2, "0"));
  if (date.day !== undefined) parts.push(String(date.day).padStart(2, "0"));
  return parts.join("-");
}

/** "2016", "May 2016", "6 May 2016". */
export function formatHumanPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTH_NAMES[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/**
 * Compares only the fields both dates state: "2016" and "2016-05" compare equal (0), because neither is known to
 * come first.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}
