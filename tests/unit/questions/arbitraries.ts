// fast-check generators of valid questions, with text full of characters that YAML, CSV, GIFT and Anki treat
// specially, so the export round trips are tested where they break.
import fc from "fast-check";
import { normalizeText } from "@/lib/questions/normalize-text";
import { daysInMonth } from "@/lib/questions/partial-date";
import type { Question } from "@/lib/questions/schema";
import { normalizeShortAnswer } from "@/lib/questions/short-answer";

const TOKENS = [
  "Abe", "Putin", "islands", "2016", "yes", "null", "true", "~", "=", "#", "{", "}", ":", ": ", " #", "\\", "-", "- ",
  "'", '"', "’", "“", "—", "[", "]", ",", "&", "*", "!", "%", "@", "`", "|", ">", "?", "\t", "\n", " ", "  ", "é", "Ω",
];

export const textArb = fc
  .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join("").trim())
  .filter((text) => text.length > 0);

const comparable = (s: string) => normalizeText(s).toLowerCase();
const distinctTexts = (min: number, max: number) =>
  fc.uniqueArray(textArb, { minLength: min, maxLength: max, selector: comparable });

export const partialDateArb = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 }))
  .map(([year, month, day]) => {
    if (month === 0) return String(year);
    const mm = String(month).padStart(2, "0");
    if (day === 0) return `${year}-${mm}`;
    return `${year}-${mm}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, "0")}`;
  });

const common = fc.record({
  id: fc.tuple(fc.constantFrom("dip", "syn", "ps"), fc.integer({ min: 1, max: 99999 })).map(([p, n]) => `${p}-${String(n).padStart(3, "0")}`),
  kind: fc.constantFrom("date", "number", "person", "position", "policy", "cause", "event" as const),
  difficulty: fc.constantFrom(1, 2, 3 as const),
  tags: fc.uniqueArray(fc.constantFrom("sochi", "crimea", "g7", "northern-territories", "oil_gas"), { minLength: 1, maxLength: 3 }),
  prompt: textArb,
  explanation: textArb,
  quote: fc.oneof(textArb, fc.array(textArb, { minLength: 1, maxLength: 3 })),
});

const specific = fc.oneof(
  distinctTexts(4, 6).chain((options) =>
    fc.constantFrom(...options).map((answer) => ({ type: "mcq" as const, options, answer })),
  ),
  fc.boolean().map((answer) => ({ type: "true_false" as const, answer })),
  fc.record({
    type: fc.constant("numeric" as const),
    // -0 is not a number anyone writes; it would only test that every format keeps a sign on zero.
    answer: fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })).map((n) => n + 0),
    unit: fc.constantFrom("USD billion", "islands", "percent", "USD million", "years"),
    tolerance: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
  }),
  partialDateArb.map((answer) => ({ type: "date" as const, answer })),
  fc.record({
    type: fc.constant("short" as const),
    answer: textArb.filter((t) => normalizeShortAnswer(t) !== ""),
    accept: fc.array(textArb.filter((t) => normalizeShortAnswer(t) !== ""), { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant("ordering" as const),
    items: fc
      .uniqueArray(fc.record({ text: textArb, date: fc.option(partialDateArb, { nil: undefined }) }), {
        minLength: 3,
        maxLength: 6,
        selector: (item) => comparable(item.text),
      })
      .map((items) => items.map(({ text, date }) => (date === undefined ? { text } : { text, date }))),
  }),
  fc.record({
    type: fc.constant("matching" as const),
    pairs: fc
      .tuple(distinctTexts(3, 6), distinctTexts(6, 6))
      .map(([lefts, rights]) => lefts.map((left, i) => ({ left, right: rights[i] }))),
  }),
);

/** A valid question of any type, as `questionSchema` outputs it, quoting a single reading. */
export const questionArb: fc.Arbitrary<Question> = fc
  .tuple(common, specific)
  .map(([base, rest]) => ({ ...base, ...rest }) as Question);
