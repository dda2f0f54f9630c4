import { describe, expect, it } from "vitest";
import { bankFileSchema, normalizeQuestion, questionSchema, readingMetaSchema } from "@/lib/questions/schema";

const base = {
  id: "dip-001",
  kind: "date",
  difficulty: 1,
  tags: ["sochi"],
  prompt: "When did Abe visit Sochi?",
  explanation: "Because the article says so.",
  quote: "Abe visited Sochi in May 2016.",
};
const messages = (input: unknown) => {
  const result = questionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};
const mcq = { ...base, type: "mcq", options: ["May 2016", "March 2014", "December 2016", "May 2015"], answer: "May 2016" };

describe("questionSchema (the editor's JSON body and each bank.yaml question)", () => {
  it("accepts a valid question of every type, filling defaults", () => {
    const valid = [
      mcq,
      { ...base, type: "true_false", answer: false },
      { ...base, type: "numeric", answer: 2.5, unit: "USD billion" },
      { ...base, type: "date", answer: "2016-05" },
      { ...base, type: "short", answer: "Sochi" },
      { ...base, type: "ordering", items: [{ text: "a", date: "2014" }, { text: "b" }, { text: "c" }] },
      { ...base, type: "matching", pairs: [{ left: "a", right: "1" }, { left: "b", right: "2" }, { left: "c", right: "3" }] },
    ];
    for (const question of valid) expect(messages(question)).toEqual([]);
    expect(questionSchema.parse(valid[2])).toMatchObject({ tolerance: 0 });
    expect(questionSchema.parse(valid[4])).toMatchObject({ accept: [] });
  });

  it("enforces the README's rules", () => {
    expect(messages({ ...mcq, id: "DIP-1" })).toEqual([expect.stringMatching(/^id: id must be/)]);
    expect(messages({ ...mcq, options: mcq.options.slice(0, 3) })).toEqual(["options: an mcq needs 4 to 6 options"]);
    expect(messages({ ...mcq, answer: "June 2016" })).toEqual(['answer: answer "June 2016" is not one of the options']);
    expect(messages({ ...mcq, options: [...mcq.options, "may  2016"] })).toEqual([
      'options.4: duplicate option "may  2016" (same as #1)',
    ]);
    expect(messages({ ...mcq, difficulty: 4 })).toEqual(["difficulty: difficulty must be 1, 2 or 3"]);
    expect(messages({ ...mcq, tags: [] })).toEqual([]); // tags are optional
    expect(messages({ ...mcq, tags: undefined })).toEqual([]);
    expect(messages({ ...mcq, tags: ["Sochi"] })).toEqual(["tags.0: tags are lower-case words without spaces"]);
    expect(messages({ ...mcq, prompt: "x".repeat(1001) })).toEqual(["prompt: must be at most 1000 characters"]);
    expect(messages({ ...mcq, kind: "trivia" })[0]).toMatch(/^kind: /);
    expect(messages({ ...mcq, answer: undefined })[0]).toMatch(/^answer: /);
    expect(messages({ ...mcq, extra: 1 })).toEqual([': Unrecognized key: "extra"']);
    expect(messages({ ...base, type: "essay" })[0]).toMatch(/^type: /);
  });

  it("checks dates are real and written at a stated precision", () => {
    expect(messages({ ...base, type: "date", answer: "2016-02-30" })).toHaveLength(1);
    expect(messages({ ...base, type: "date", answer: "May 2016" })).toHaveLength(1);
    expect(messages({ ...base, type: "date", answer: "2016-5" })).toHaveLength(1);
    // YAML reads an unquoted 2016 as a number; a bare year is unambiguous, so it is kept as "2016".
    expect(questionSchema.parse({ ...base, type: "date", answer: 2016 })).toMatchObject({ answer: "2016" });
  });

  it("checks ordering and matching lists", () => {
    const items = [{ text: "a" }, { text: "b" }, { text: "A" }];
    expect(messages({ ...base, type: "ordering", items })).toEqual(['items.2: duplicate item "A" (same as #1)']);
    const pairs = [{ left: "a", right: "1" }, { left: "b", right: "1" }, { left: "c", right: "3" }];
    expect(messages({ ...base, type: "matching", pairs })).toEqual(['pairs.1: duplicate right "1" (same as #1)']);
    expect(messages({ ...base, type: "matching", pairs: [pairs[0], pairs[2]] })).toEqual(["pairs: needs 3 to 6 pairs"]);
  });

  it("refuses a short answer that is only articles and punctuation, which anything blank would match", () => {
    expect(messages({ ...base, type: "short", answer: "The ..." })).toEqual(["answer: is only articles and punctuation"]);
  });

  it("requires a synthesis quote to name two different readings", () => {
    const one = [{ reading: "a", text: "x" }, { reading: "a", text: "y" }];
    expect(messages({ ...mcq, quote: one })).toEqual(["quote: a synthesis quote must name at least two different readings"]);
    expect(messages({ ...mcq, quote: [{ reading: "a", text: "x" }, { reading: "b", text: "y" }] })).toEqual([]);
  });
});

describe("bankFileSchema", () => {
  it("allows named readings only in the synthesis bank", () => {
    const synthesisQuote = [{ reading: "a", text: "x" }, { reading: "b", text: "y" }];
    expect(bankFileSchema.safeParse({ reading: "a", questions: [{ ...mcq, quote: synthesisQuote }] }).success).toBe(false);
    expect(bankFileSchema.safeParse({ reading: null, questions: [mcq] }).success).toBe(false);
    expect(bankFileSchema.safeParse({ reading: null, questions: [{ ...mcq, quote: synthesisQuote }] }).success).toBe(true);
  });
});

describe("normalizeQuestion", () => {
  it("gives every quote form the same sources shape", () => {
    const one = questionSchema.parse(mcq);
    expect(normalizeQuestion({ question: one, reading: "r" }).sources).toEqual([{ reading: "r", text: mcq.quote }]);
    const list = questionSchema.parse({ ...mcq, quote: ["x", "y"] });
    expect(normalizeQuestion({ question: list, reading: "r" }).sources).toEqual([
      { reading: "r", text: "x" },
      { reading: "r", text: "y" },
    ]);
    const named = questionSchema.parse({ ...mcq, quote: [{ reading: "a", text: "x" }, { reading: "b", text: "y" }] });
    const normalized = normalizeQuestion({ question: named, reading: null });
    expect(normalized.sources.map((s) => s.reading)).toEqual(["a", "b"]);
    expect(normalized).not.toHaveProperty("quote");
  });
});

describe("readingMetaSchema", () => {
  it("accepts the README's front matter, with nulls for unknown author and venue", () => {
    const meta = {
      slug: "abe-all-in-2016", title: "T", titleInferred: false, author: null, authorInferred: false,
      venue: null, venueInferred: true, published: "2016-09", publishedInferred: true, notes: "n",
    };
    expect(readingMetaSchema.safeParse(meta).success).toBe(true);
    expect(readingMetaSchema.safeParse({ ...meta, slug: "Abe All In" }).success).toBe(false);
    expect(readingMetaSchema.safeParse({ ...meta, published: "September 2016" }).success).toBe(false);
  });
});
