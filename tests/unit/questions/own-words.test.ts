import { describe, expect, it } from "vitest";
import { findCopiedRun, indexRuns } from "@/lib/questions/check-own-words";
import type { NormalizedQuestion } from "@/lib/questions/schema";

const body = "Abe’s visit to the Russian town of Sochi in May 2016 became a major sign of a thaw in bilateral relations.";
const runs = new Map([["r", indexRuns(body)]]);
const question = (fields: Partial<NormalizedQuestion>) =>
  ({ id: "t-001", type: "true_false", kind: "event", difficulty: 1, tags: ["t"], prompt: "", explanation: "", answer: true, reading: "r", sources: [{ reading: "r", text: body }], ...fields }) as NormalizedQuestion;

describe("own words", () => {
  it("finds ten words copied from the cited reading, ignoring case and typographic quotes", () => {
    const copied = question({ prompt: "True or false: abe's visit to the Russian town of Sochi in May 2016 became a turning point." });
    expect(findCopiedRun(copied, runs)).toBe("abe's visit to the russian town of sochi in may");
  });

  it("accepts a paraphrase and a short quoted phrase", () => {
    const own = question({ prompt: "Did the Diplomat article treat Abe's May 2016 trip to Sochi as a sign that relations were warming?", explanation: 'It calls the visit "a major sign of a thaw".' });
    expect(findCopiedRun(own, runs)).toBeNull();
  });

  it("checks options and pairs too, but never the quote itself", () => {
    const mcq = question({ type: "mcq", options: ["it became a major sign of a thaw in bilateral relations", "b", "c", "d"], answer: "b" } as Partial<NormalizedQuestion>);
    expect(findCopiedRun(mcq, runs)).not.toBeNull();
    expect(findCopiedRun(question({}), runs)).toBeNull();
  });
});
