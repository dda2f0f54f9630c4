import { describe, expect, it } from "vitest";
import { checkArticleNamed, checkDuplicatePrompts, unnamedArticle } from "@/lib/questions/check-prompts";
import type { NormalizedQuestion } from "@/lib/questions/schema";

const question = (id: string, prompt: string) =>
  ({ id, type: "true_false", kind: "event", difficulty: 1, tags: ["t"], prompt, explanation: "e", answer: true, reading: "r", sources: [] }) as NormalizedQuestion;
const at = (line: number, id: string, prompt: string) => ({ file: "questions/r/bank.yaml", line, question: question(id, prompt) });

describe("identical prompts", () => {
  it("reports the later of two prompts that differ only in case, spacing and punctuation, naming the first", () => {
    const problems = checkDuplicatePrompts([
      at(3, "brk-053", "Put these events from the discussion-club article in chronological order (earliest first)."),
      at(9, "brk-054", "put these events from the discussion-club article in chronological order, earliest first"),
      at(15, "brk-055", "Put these events from the discussion-club article in chronological order (latest first)."),
    ]);
    expect(problems).toEqual([
      { file: "questions/r/bank.yaml", line: 9, message: expect.stringMatching(/^brk-054: same prompt as brk-053 \(questions\/r\/bank\.yaml:3\)/) },
    ]);
  });

  it("compares across banks", () => {
    const other = { ...at(4, "upd-001", "When?"), file: "questions/s/bank.yaml" };
    expect(checkDuplicatePrompts([at(2, "dip-001", "When?"), other])).toHaveLength(1);
  });
});

describe("a prompt names its article", () => {
  it.each([
    "According to the article, where did Abe host Putin?",
    "How does the author rate Abe's prospects?",
    "True or false: the article's verdict is that Japan gained more.",
    "In which month does the update say it revisits the series?",
    "Put these events mentioned in this article in order.",
    "What does the same article say about Nagato?",
    "What round figure does the article give?",
  ])("flags a bare reference: %s", (prompt) => {
    expect(unnamedArticle(prompt)).not.toBeNull();
  });

  it.each([
    "According to the 2016 New Delhi commentary, where did Abe host Putin?",
    "How does the author of the 2016 New Delhi commentary rate Abe's prospects?",
    "According to the Diplomat article, what did the article's author study?",
    "What does the Suga-era article say, and what does the article add about Kanehara?",
    "According to the article on lessons from the Abe era, when did Suga take office?",
    "Match each person, as described in the article named, to the post that article gives.",
    "What does Filippov's article say about Nagato?",
    "What do the 'Breakthrough?' article (May 2016) and the Topics of the Month update say?",
    "Who is Peter Shelakhaev?",
  ])("accepts a named article, or no reference at all: %s", (prompt) => {
    expect(unnamedArticle(prompt)).toBeNull();
  });

  it("reports the bare phrase at the question's line", () => {
    expect(checkArticleNamed([at(7, "chel-002", "Where, according to the article, did Abe host Putin?")])).toEqual([
      { file: "questions/r/bank.yaml", line: 7, message: expect.stringMatching(/^chel-002: the prompt says "the article" without naming the article/) },
    ]);
  });
});
