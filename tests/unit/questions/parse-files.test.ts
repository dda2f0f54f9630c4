import { describe, expect, it } from "vitest";
import { parseBank, parseReading } from "@/lib/questions/parse-files";
import { BANK_YAML, READING_MD, lineContaining } from "./fixtures";

describe("parseReading", () => {
  it("reads the front matter and splits the body into paragraphs and headings with their lines", () => {
    const reading = parseReading({ file: "r.md", text: READING_MD });
    expect(reading.problems).toEqual([]);
    expect(reading.meta).toMatchObject({ slug: "test-reading", author: "Jane Doe", published: "2016-12" });
    expect(reading.blocks).toEqual([
      { kind: "paragraph", text: "Abe visited the Russian town of Sochi in May 2016. It was a “thaw”.", line: 12 },
      { kind: "heading", text: "The islands", line: 14 },
      { kind: "paragraph", text: expect.stringMatching(/^Russia annexed Crimea/), line: 16 },
    ]);
    expect(reading.body.startsWith("Abe visited")).toBe(true);
    expect(reading.body.endsWith("2016.")).toBe(true);
  });

  it("keeps a paragraph written over several lines together, at its first line", () => {
    const reading = parseReading({ file: "r.md", text: READING_MD.replace("May 2016. It", "May 2016.\nIt") });
    expect(reading.blocks[0]).toEqual({ kind: "paragraph", text: expect.stringContaining("2016.\nIt was"), line: 12 });
  });

  it("reports front-matter problems on the line of the field", () => {
    const text = READING_MD.replace("published: 2016-12", "published: December 2016").replace("author: Jane Doe\n", "");
    const { problems } = parseReading({ file: "r.md", text });
    expect(problems).toContainEqual({ file: "r.md", line: lineContaining(text, "published:"), message: expect.stringMatching(/^published: must be a real date/) });
    expect(problems).toContainEqual({ file: "r.md", line: 2, message: expect.stringMatching(/^author: is required/) });
  });

  it("reports a missing front matter and a YAML syntax error with its line", () => {
    expect(parseReading({ file: "r.md", text: "Just a body." }).problems[0]).toMatchObject({ line: 1 });
    const broken = READING_MD.replace("title: Test Reading", "title: Test: Reading");
    expect(parseReading({ file: "r.md", text: broken }).problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^YAML syntax/) });
  });
});

describe("parseBank", () => {
  it("parses every question with the line it starts on", () => {
    const bank = parseBank({ file: "b.yaml", text: BANK_YAML });
    expect(bank.problems).toEqual([]);
    expect(bank.reading).toBe("test-reading");
    expect(bank.questions.map((q) => [q.question.id, q.line])).toEqual([
      ["tst-001", lineContaining(BANK_YAML, "id: tst-001")],
      ["tst-002", lineContaining(BANK_YAML, "id: tst-002")],
    ]);
    expect(bank.lineOf(["questions", 1, "items", 2])).toBe(lineContaining(BANK_YAML, "text: Putin visits Nagato"));
  });

  it("reports each zod issue as file:line with the question's id, and keeps the valid questions", () => {
    const text = BANK_YAML.replace("difficulty: 1", "difficulty: 5").replace("    date: \"2014-03\"", "    date: \"2014-13\"");
    const bank = parseBank({ file: "b.yaml", text });
    expect(bank.questions).toEqual([]);
    expect(bank.problems).toEqual([
      { file: "b.yaml", line: lineContaining(text, "difficulty: 5"), message: "tst-001 difficulty: difficulty must be 1, 2 or 3" },
      {
        file: "b.yaml",
        line: lineContaining(text, '"2014-13"'),
        message: 'tst-002 items[0].date: must be a real date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes)',
      },
    ]);
  });

  it("puts a missing field on its question's line and an unknown field on its own line", () => {
    const text = BANK_YAML.replace("    answer: May 2016\n", "    anwser: May 2016\n");
    const { problems } = parseBank({ file: "b.yaml", text });
    expect(problems).toContainEqual({ file: "b.yaml", line: 3, message: expect.stringMatching(/^tst-001 answer: is required/) });
    expect(problems).toContainEqual({ file: "b.yaml", line: lineContaining(text, "anwser"), message: 'tst-001 anwser: unknown field "anwser"' });
  });

  it("names the failing part of a synthesis quote rather than the whole union", () => {
    const text = `reading: null\nquestions:\n  - id: syn-001\n    type: true_false\n    kind: event\n    difficulty: 1\n    tags: [a]\n    prompt: p\n    answer: true\n    explanation: e\n    quote:\n      - reading: a\n        txt: x\n      - reading: b\n        text: y\n`;
    const { problems } = parseBank({ file: "s.yaml", text });
    expect(problems.map((p) => [p.line, p.message])).toContainEqual([12, "syn-001 quote[0].text: is required (Invalid input: expected string, received undefined)"]);
  });

  it("refuses named readings outside the synthesis bank, and plain quotes inside it", () => {
    const named = BANK_YAML.replace(
      '    quote: "Abe visited the Russian town of Sochi in May 2016."',
      "    quote:\n      - { reading: a, text: x }\n      - { reading: b, text: y }",
    );
    expect(parseBank({ file: "b.yaml", text: named }).problems[0].message).toMatch(/only synthesis\/bank.yaml names readings/);
    const plain = BANK_YAML.replace("reading: test-reading", "reading: null");
    expect(parseBank({ file: "b.yaml", text: plain }).problems).toHaveLength(2);
  });

  it("reports YAML syntax errors with their line", () => {
    const text = BANK_YAML.replace("    kind: date\n", "    kind: date\n   oops: [\n");
    const bank = parseBank({ file: "b.yaml", text });
    expect(bank.questions).toEqual([]);
    expect(bank.problems[0].message).toMatch(/^YAML syntax/);
    expect(bank.problems[0].line).toBeGreaterThan(1);
  });
});
