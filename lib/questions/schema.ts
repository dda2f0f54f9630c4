// One schema for a question, whether it comes from a bank.yaml or from the instructor's editor (a JSON body):
// the rules in questions/README.md live here and nowhere else.
import { z } from "zod";
import { checkDistinct, checkSynthesisReadings, partialDateSchema, slugSchema, tagSchema, text } from "./schema-parts";
import { normalizeShortAnswer } from "./short-answer";

export const QUESTION_TYPES = ["mcq", "true_false", "numeric", "date", "short", "ordering", "matching"] as const;
export const QUESTION_KINDS = ["date", "number", "person", "position", "policy", "cause", "event"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const sourceSchema = z.strictObject({ reading: slugSchema, text: text(3000) });
export const quoteSchema = z.union(
  [text(3000), z.array(text(3000)).min(1).max(10), z.array(sourceSchema).min(1).max(10)],
  { error: "quote must be a string, a list of strings, or (synthesis) a list of { reading, text }" },
);
export type Source = z.output<typeof sourceSchema>;
export type Quote = z.output<typeof quoteSchema>;

const commonFields = {
  id: z.string().regex(/^[a-z]+-\d{3,}$/, 'id must be a lower-case prefix, "-" and 3 or more digits, e.g. "dip-001"'),
  kind: z.enum(QUESTION_KINDS),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "difficulty must be 1, 2 or 3" }),
  tags: z.array(tagSchema).max(20, "at most 20 tags").default([]), // optional: a filter aid, not a rule
  prompt: text(1000),
  explanation: text(2000),
  quote: quoteSchema,
};

const mcqSchema = z
  .strictObject({
    ...commonFields,
    type: z.literal("mcq"),
    options: z.array(text(300)).min(4, "an mcq needs 4 to 6 options").max(6, "an mcq needs 4 to 6 options"),
    answer: text(300),
  })
  .superRefine((q, ctx) => {
    checkDistinct(q.options, ctx, ["options"], "option");
    if (Array.isArray(q.options) && !q.options.includes(q.answer))
      ctx.addIssue({ code: "custom", path: ["answer"], message: `answer "${q.answer}" is not one of the options` });
    checkSynthesisReadings(q.quote, ctx);
  });

const trueFalseSchema = z
  .strictObject({ ...commonFields, type: z.literal("true_false"), answer: z.boolean() })
  .superRefine((q, ctx) => checkSynthesisReadings(q.quote, ctx));

const numericSchema = z
  .strictObject({
    ...commonFields,
    type: z.literal("numeric"),
    answer: z.number().finite(),
    unit: text(50),
    tolerance: z.number().finite().min(0).default(0),
  })
  .superRefine((q, ctx) => checkSynthesisReadings(q.quote, ctx));

const dateSchema = z
  .strictObject({ ...commonFields, type: z.literal("date"), answer: partialDateSchema })
  .superRefine((q, ctx) => checkSynthesisReadings(q.quote, ctx));

const shortSchema = z
  .strictObject({
    ...commonFields,
    type: z.literal("short"),
    answer: text(200),
    accept: z.array(text(200)).max(20).default([]),
  })
  .superRefine((q, ctx) => {
    [q.answer, ...(q.accept ?? [])].forEach((value, i) => {
      if (typeof value !== "string" || normalizeShortAnswer(value) !== "") return;
      const path = i === 0 ? ["answer"] : ["accept", i - 1];
      ctx.addIssue({ code: "custom", path, message: "is only articles and punctuation" });
    });
    checkSynthesisReadings(q.quote, ctx);
  });

const orderingItemSchema = z.strictObject({ text: text(300), date: partialDateSchema.optional() });
const orderingSchema = z
  .strictObject({
    ...commonFields,
    type: z.literal("ordering"),
    items: z.array(orderingItemSchema).min(3, "needs 3 to 6 items").max(6, "needs 3 to 6 items"),
  })
  .superRefine((q, ctx) => {
    if (Array.isArray(q.items)) checkDistinct(q.items.map((item) => item?.text), ctx, ["items"], "item");
    checkSynthesisReadings(q.quote, ctx);
  });

const pairSchema = z.strictObject({ left: text(300), right: text(300) });
const matchingSchema = z
  .strictObject({
    ...commonFields,
    type: z.literal("matching"),
    pairs: z.array(pairSchema).min(3, "needs 3 to 6 pairs").max(6, "needs 3 to 6 pairs"),
  })
  .superRefine((q, ctx) => {
    if (Array.isArray(q.pairs)) {
      checkDistinct(q.pairs.map((p) => p?.left), ctx, ["pairs"], "left");
      checkDistinct(q.pairs.map((p) => p?.right), ctx, ["pairs"], "right");
    }
    checkSynthesisReadings(q.quote, ctx);
  });

export const questionSchema = z.discriminatedUnion(
  "type",
  [mcqSchema, trueFalseSchema, numericSchema, dateSchema, shortSchema, orderingSchema, matchingSchema],
);
export type Question = z.output<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type OrderingItem = z.output<typeof orderingItemSchema>;
export type MatchingPair = z.output<typeof pairSchema>;

export const readingMetaSchema = z.strictObject({
  slug: slugSchema,
  title: text(300),
  titleInferred: z.boolean(),
  author: text(200).nullable(),
  authorInferred: z.boolean(),
  venue: text(200).nullable(),
  venueInferred: z.boolean(),
  published: partialDateSchema,
  publishedInferred: z.boolean(),
  notes: text(3000).nullable().optional(),
});
export type ReadingMeta = z.output<typeof readingMetaSchema>;

/** Which quote shape a bank allows: only the synthesis bank (reading: null) names readings. */
export function quoteFormIssue({ bankReading, quote }: { bankReading: string | null; quote: Quote }): string | null {
  const namesReadings = Array.isArray(quote) && quote.some((q) => typeof q !== "string");
  if (bankReading === null && !namesReadings) return "in the synthesis bank, quote must be a list of { reading, text }";
  if (bankReading !== null && namesReadings)
    return "quote must be a string or a list of strings (only synthesis/bank.yaml names readings)";
  return null;
}

export const bankEnvelopeSchema = z.strictObject({ reading: slugSchema.nullable(), questions: z.array(z.unknown()) });
export const bankFileSchema = z
  .strictObject({ reading: slugSchema.nullable(), questions: z.array(questionSchema) })
  .superRefine((bank, ctx) => {
    bank.questions?.forEach((question, i) => {
      const message = quoteFormIssue({ bankReading: bank.reading, quote: question.quote });
      if (message) ctx.addIssue({ code: "custom", path: ["questions", i, "quote"], message });
    });
  });
export type BankFile = z.output<typeof bankFileSchema>;
export type BankFileInput = z.input<typeof bankFileSchema>;

/** The shape the app works with: every question names its sources, whichever quote form the file used. */
export type NormalizedQuestion = DistributiveOmit<Question, "quote"> & { reading: string | null; sources: Source[] };
export type NormalizedQuestionOf<T extends QuestionType> = Extract<NormalizedQuestion, { type: T }>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function normalizeQuestion({
  question,
  reading,
}: {
  question: Question;
  reading: string | null;
}): NormalizedQuestion {
  const { quote, ...rest } = question;
  const list = typeof quote === "string" ? [quote] : quote;
  const sources = list.map((q) => {
    if (typeof q !== "string") return q;
    if (reading === null) throw new Error(`question ${question.id}: a quote without a reading needs a reading bank`);
    return { reading, text: q };
  });
  return { ...rest, reading, sources } as NormalizedQuestion;
}
