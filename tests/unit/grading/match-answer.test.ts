import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markAnswer } from "@/lib/grading/match-answer";
import { parseDateResponse } from "@/lib/questions/parse-date-response";
import { readNumericResponse, unitScale } from "@/lib/questions/parse-number";
import { formatHumanPartialDate, parsePartialDate } from "@/lib/questions/partial-date";
import { responseSchemas } from "@/lib/questions/response-schema";
import { questionSchema, type Question, type QuestionOf } from "@/lib/questions/schema";
import { questionArb } from "../questions/arbitraries";

const base = { id: "dip-001", kind: "date", difficulty: 1, tags: ["t"], prompt: "p", explanation: "e", quote: "q" } as const;
function make<T extends Question["type"]>(fields: Record<string, unknown> & { type: T }): QuestionOf<T> {
  return questionSchema.parse({ ...base, ...fields }) as QuestionOf<T>;
}
const isCorrect = (q: Question, response: unknown) => markAnswer(q, response).correct;

describe("markAnswer: short", () => {
  const q = make({ type: "short", answer: "The Eastern Economic Forum", accept: ["EEF"] });

  it("ignores case, punctuation, extra spaces, articles and typographic quotes", () => {
    for (const response of ["eastern economic forum", "  The  EASTERN economic forum. ", "an Eastern Economic Forum!", "eef", "E.E.F."])
      expect(isCorrect(q, response), response).toBe(true);
    const apostrophe = make({ type: "short", answer: "Abe's hometown" });
    expect(isCorrect(apostrophe, "abe’s hometown")).toBe(true);
    expect(isCorrect(apostrophe, "Abes Hometown")).toBe(true);
  });

  it("does not accept other words, or nothing", () => {
    expect(isCorrect(q, "Eastern Forum")).toBe(false);
    expect(isCorrect(q, "the")).toBe(false);
    expect(isCorrect(q, "")).toBe(false);
    expect(markAnswer(q, "The  EEF").normalizedResponse).toBe("eef");
  });
});

describe("markAnswer: numeric", () => {
  const billions = make({ type: "numeric", answer: 2.5, unit: "USD billion" });

  it("reads numbers with scales in the question's unit", () => {
    for (const response of ["2.5", "$2.5 billion", "2,500 million", "2.5bn", "2.5 bn", "US$2.5B", "2500m", "2,5", "2500000000", 2.5])
      expect(isCorrect(billions, response), String(response)).toBe(true);
    for (const response of ["25", "2.5 million", "2,5 trillion", "2 or 3", "about two", "", "2.5.1"])
      expect(isCorrect(billions, response), String(response)).toBe(false);
    expect(markAnswer(billions, "2,500 million").normalizedResponse).toBe(2.5);
  });

  it("allows the question's tolerance and nothing more", () => {
    const islands = make({ type: "numeric", answer: 4, unit: "islands", tolerance: 1 });
    expect(isCorrect(islands, "5 islands")).toBe(true);
    expect(isCorrect(islands, "3")).toBe(true);
    expect(isCorrect(islands, "5.5")).toBe(false);
    expect(isCorrect(make({ type: "numeric", answer: 68, unit: "accords" }), "67")).toBe(false);
  });

  it("accepts percentages written with % or in words, and thousands separators", () => {
    const percent = make({ type: "numeric", answer: 40, unit: "percent" });
    expect(isCorrect(percent, "40%")).toBe(true);
    expect(isCorrect(percent, "40 percent")).toBe(true);
    expect(isCorrect(percent, "0.4")).toBe(false);
    expect(isCorrect(make({ type: "numeric", answer: 2500, unit: "troops" }), "2,500")).toBe(true);
    expect(isCorrect(make({ type: "numeric", answer: -3, unit: "degrees" }), "−3")).toBe(true);
  });

  it("knows the scale of a unit, and never reads a single letter in a unit as one", () => {
    expect(unitScale("USD billion")).toBe(1e9);
    expect(unitScale("yen trillion")).toBe(1e12);
    expect(unitScale("m")).toBe(1);
    expect(readNumericResponse({ response: "5 miles", unit: "miles" })).toEqual([5]);
  });
});

describe("markAnswer: date", () => {
  const month = make({ type: "date", answer: "2016-05" });
  const day = make({ type: "date", answer: "2016-12-15" });
  const year = make({ type: "date", answer: "2015" });

  it("reads the usual ways of writing a date", () => {
    const cases: [string, string][] = [
      ["2016", "2016"], ["May 2016", "2016-05"], ["2016-05", "2016-05"], ["6 May 2016", "2016-05-06"],
      ["May 6, 2016", "2016-05-06"], ["2016-05-06", "2016-05-06"], ["the 6th of May 2016", "2016-05-06"], ["Sept. 2016", "2016-09"],
    ];
    for (const [text, iso] of cases) expect(markAnswer(year, text).normalizedResponse, text).toBe(iso);
    for (const text of ["May", "30 February 2016", "2016-13", "6 2016", "May 2016 2017", "sometime in 2016"])
      expect(parseDateResponse(text), text).toBeNull();
  });

  it("marks at the question's granularity: finer answers count, coarser ones do not", () => {
    expect(isCorrect(month, "May 2016")).toBe(true);
    expect(isCorrect(month, "2016-05")).toBe(true);
    expect(isCorrect(month, "6 May 2016")).toBe(true);
    expect(isCorrect(month, "2016")).toBe(false);
    expect(isCorrect(month, "June 2016")).toBe(false);
    expect(isCorrect(day, "December 15, 2016")).toBe(true);
    expect(isCorrect(day, "December 2016")).toBe(false);
    expect(isCorrect(day, "14 December 2016")).toBe(false);
    expect(isCorrect(year, "2015")).toBe(true);
    expect(isCorrect(year, "March 2015")).toBe(true);
    expect(isCorrect(year, "2014")).toBe(false);
  });
});

describe("markAnswer: mcq, true_false, ordering, matching", () => {
  it("mcq needs the exact option (up to spacing and typography)", () => {
    const q = make({ type: "mcq", options: ["May 2016", "March 2014", "Abe’s hometown", "December 2016"], answer: "Abe’s hometown" });
    expect(isCorrect(q, "Abe’s hometown")).toBe(true);
    expect(isCorrect(q, "Abe's  hometown")).toBe(true);
    expect(isCorrect(q, "abe’s hometown")).toBe(false);
    expect(isCorrect(q, "May 2016")).toBe(false);
  });

  it("true_false takes a boolean or the words true/false", () => {
    const q = make({ type: "true_false", answer: false });
    expect(isCorrect(q, false)).toBe(true);
    expect(isCorrect(q, " False ")).toBe(true);
    expect(isCorrect(q, true)).toBe(false);
    expect(isCorrect(q, "no")).toBe(false);
    expect(markAnswer(q, "FALSE").normalizedResponse).toBe(false);
  });

  it("ordering needs every item in the listed order", () => {
    const q = make({ type: "ordering", items: [{ text: "Crimea" }, { text: "Sochi" }, { text: "Nagato" }] });
    expect(isCorrect(q, ["Crimea", "Sochi", "Nagato"])).toBe(true);
    expect(isCorrect(q, ["Sochi", "Crimea", "Nagato"])).toBe(false);
    expect(isCorrect(q, ["Crimea", "Sochi"])).toBe(false);
  });

  it("matching needs every pair and no extra ones", () => {
    const pairs = [{ left: "Seko", right: "METI" }, { left: "Abe", right: "PM" }, { left: "Putin", right: "President" }];
    const q = make({ type: "matching", pairs });
    expect(isCorrect(q, { Abe: "PM", Seko: "METI", Putin: "President" })).toBe(true);
    expect(isCorrect(q, { Abe: "METI", Seko: "PM", Putin: "President" })).toBe(false);
    expect(isCorrect(q, { Abe: "PM", Seko: "METI" })).toBe(false);
    expect(isCorrect(q, { Abe: "PM", Seko: "METI", Putin: "President", Suga: "PM" })).toBe(false);
    expect(markAnswer(q, { Abe: "PM" }).normalizedResponse).toEqual({ Seko: null, Abe: "PM", Putin: null });
  });
});

describe("untrusted responses", () => {
  it("marks a response of the wrong shape wrong, without throwing", () => {
    const q = make({ type: "ordering", items: [{ text: "a" }, { text: "b" }, { text: "c" }] });
    for (const response of [null, undefined, 42, "a,b,c", { 0: "a" }, ["a", "b", "c", "d", "e", "f", "g"]])
      expect(markAnswer(q, response)).toEqual({ correct: false, normalizedResponse: null });
    expect(responseSchemas.matching.safeParse({ a: 1 }).success).toBe(false);
    expect(responseSchemas.short.safeParse("x".repeat(301)).success).toBe(false);
  });
});

/** What a student who knows the answer types, for each type. */
function canonicalResponses(q: Question): unknown[] {
  switch (q.type) {
    case "mcq": return [q.answer];
    case "true_false": return [q.answer, String(q.answer)];
    case "numeric": return [q.answer, String(q.answer)];
    case "date": return [q.answer, formatHumanPartialDate(parsePartialDate(q.answer)!)];
    case "short": return [q.answer, ...q.accept, q.answer.toUpperCase()];
    case "ordering": return [q.items.map((item) => item.text)];
    case "matching": return [Object.fromEntries(q.pairs.map((p) => [p.left, p.right]))];
  }
}

describe("properties", () => {
  it("the canonical answer of any valid question is always marked correct", () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const parsed = questionSchema.parse(question);
        return canonicalResponses(parsed).every((response) => markAnswer(parsed, response).correct);
      }),
      { numRuns: 300 },
    );
  });
});
