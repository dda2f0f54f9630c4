// The building blocks of schema.ts: field types and the cross-field rules several question types share.
import { z } from "zod";
import { textSchema } from "@/lib/text-schema";
import { normalizeText } from "./normalize-text";
import { parsePartialDate } from "./partial-date";

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"');
export const text = (max: number) =>
  textSchema().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
// A bare year is unambiguous, so `2016` written without quotes is accepted as "2016".
const DATE_MESSAGE = 'must be a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes)';
export const partialDateSchema = z.union(
  [
    z.string().refine((s) => parsePartialDate(s) !== null, DATE_MESSAGE),
    z.int().min(1000).max(9999).transform(String),
  ],
  { error: DATE_MESSAGE },
);
// Lower-case words, optionally joined by "-" or "_": no spaces, since Anki and GIFT separate tags by spaces.
const TAG = /^[\p{Ll}\p{Nd}]+(?:[-_][\p{Ll}\p{Nd}]+)*$/u;
export const tagSchema = z.string().regex(TAG, "tags are lower-case words without spaces");

type Ctx = z.RefinementCtx;
const comparable = (s: string) => normalizeText(s).toLowerCase();

/** Options that differ only in case, spacing or typography look the same to a student, so they count as equal. */
export function checkDistinct(values: unknown, ctx: Ctx, path: (string | number)[], what: string) {
  if (!Array.isArray(values)) return;
  const seen = new Map<string, number>();
  values.forEach((value, i) => {
    if (typeof value !== "string") return;
    const first = seen.get(comparable(value));
    if (first === undefined) seen.set(comparable(value), i);
    else {
      const message = `duplicate ${what} "${value}" (same as #${first + 1})`;
      ctx.addIssue({ code: "custom", path: [...path, i], message });
    }
  });
}

export function checkSynthesisReadings(quote: unknown, ctx: Ctx) {
  if (!Array.isArray(quote) || quote.every((q) => typeof q === "string")) return;
  const readings = new Set(quote.map((q: { reading?: unknown } | string) => (typeof q === "string" ? "" : q.reading)));
  if (readings.size < 2)
    ctx.addIssue({
      code: "custom",
      path: ["quote"],
      message: "a synthesis quote must name at least two different readings",
    });
}

