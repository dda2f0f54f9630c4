import { describe, expect, it } from "vitest";
import { answerInPrompt, checkAnswersInPrompts } from "@/lib/questions/check-answer-in-prompt";
import type { NormalizedQuestion } from "@/lib/questions/schema";

const base = { id: "syn-042", kind: "date", difficulty: 1, tags: ["t"], explanation: "e", reading: "r", sources: [] };
const date = (prompt: string, answer: string) => ({ ...base, type: "date", prompt, answer }) as NormalizedQuestion;
const short = (prompt: string, answer: string, accept: string[] = []) => ({ ...base, type: "short", prompt, answer, accept }) as NormalizedQuestion;
const numeric = (prompt: string, answer: number) => ({ ...base, type: "numeric", prompt, answer, unit: "u", tolerance: 0 }) as NormalizedQuestion;

describe("a prompt that prints its own answer", () => {
  it("finds a year answer printed as a year", () => {
    expect(answerInPrompt(date("Using Filippov (September 2016), in which year was the article written?", "2016"))).toBe("2016");
    expect(answerInPrompt(date("Using Filippov's dates, in which year was the article written?", "2016"))).toBeNull();
  });

  it("finds a month or day answer only when the whole date is printed", () => {
    expect(answerInPrompt(date("In which month of 2016 did Abe visit Sochi?", "2016-05"))).toBeNull();
    expect(answerInPrompt(date("After the Sochi trip of May 2016, when did Abe go?", "2016-05"))).toBe("may 2016");
    expect(answerInPrompt(date("What followed the talks of 2016-05?", "2016-05"))).toBe("2016-05");
    expect(answerInPrompt(date("The article prints no year; the events belong to 2016. Give the full date.", "2016-05-06"))).toBeNull();
    expect(answerInPrompt(date("Abe met Putin on May 6. Give the full date of that meeting.", "2016-05-06"))).toBe("may 6");
  });

  it("finds a short answer or an accepted variant as whole words, ignoring case and articles", () => {
    expect(answerInPrompt(short("Which island, Kunashiri in the 2014 spelling, is it?", "Kunashir", ["Kunashiri"]))).toBe("Kunashiri");
    expect(answerInPrompt(short("Which islands does the Senkaku dispute concern?", "the Senkaku Islands", ["Senkaku"]))).toBe("Senkaku");
  });

  it("does not find an answer inside a longer word or a hyphenated compound", () => {
    expect(answerInPrompt(short("Which country is more eager to settle the Japan-Russia dispute?", "Japan"))).toBeNull();
    expect(answerInPrompt(short("What do the Senkakus and Okinawa share?", "Senkaku"))).toBeNull();
    expect(answerInPrompt(short("Which country is more eager, according to the article?", "Japan"))).toBeNull();
  });

  it("finds a numeric answer as a whole number, not as part of another number or name", () => {
    expect(answerInPrompt(numeric("Of the 68 accords, how many were new?", 68))).toBe("68");
    expect(answerInPrompt(numeric("By how many percent did the economy shrink (it was 0.8%)?", 0.8))).toBe("0.8");
    expect(answerInPrompt(numeric("Which anniversary of the 1956 declaration fell in the year of writing?", 60))).toBeNull();
    expect(answerInPrompt(numeric("How many G7 countries have a dispute with Russia?", 7))).toBeNull();
    expect(answerInPrompt(numeric("The deals were worth 2,500 million dollars. How many million?", 2500))).toBe("2500");
  });

  it("reports each leak at the question's line", () => {
    const question = date("In 2016, which year was it?", "2016");
    expect(checkAnswersInPrompts([{ file: "f", line: 4, question }])).toEqual([
      { file: "f", line: 4, message: expect.stringMatching(/^syn-042: the prompt prints its own answer \("2016"\)/) },
    ]);
  });
});
