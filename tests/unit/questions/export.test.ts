import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ANKI_HEADER, toAnki } from "@/lib/questions/export/to-anki";
import { CSV_COLUMNS, toCsv } from "@/lib/questions/export/to-csv";
import { escapeGift, toGift } from "@/lib/questions/export/to-gift";
import { toYaml } from "@/lib/questions/export/to-yaml";
import { answerText } from "@/lib/questions/flashcard";
import { parseBank } from "@/lib/questions/parse-files";
import { bankFileSchema, normalizeQuestion, questionSchema, type BankFile, type NormalizedQuestion } from "@/lib/questions/schema";
import { questionArb } from "./arbitraries";
import { BANK_YAML, SYNTHESIS_YAML } from "./fixtures";

const parsedBank = (text: string): BankFile => {
  const bank = parseBank({ file: "b.yaml", text });
  expect(bank.problems).toEqual([]);
  return { reading: bank.reading!, questions: bank.questions.map((q) => q.question) };
};
const bankArb = fc
  .tuple(fc.constantFrom("abe-all-in-2016", "test-reading"), fc.array(questionArb, { minLength: 1, maxLength: 4 }))
  .map(([reading, questions]) => bankFileSchema.parse({ reading, questions }));
const questionsArb = bankArb.map((bank) =>
  bank.questions.map((question) => normalizeQuestion({ question, reading: bank.reading })),
);

describe("toYaml", () => {
  it("round-trips the fixture banks, synthesis included, and writes the README's layout", () => {
    for (const text of [BANK_YAML, SYNTHESIS_YAML]) {
      const bank = parsedBank(text);
      expect(parsedBank(toYaml(bank))).toEqual(bank);
    }
    const yaml = toYaml(parsedBank(BANK_YAML));
    expect(yaml).toContain("  - id: tst-001\n    type: mcq\n");
    expect(yaml).toContain("    tags: [sochi]\n");
    expect(yaml).toContain("\n\n  - id: tst-002");
    expect(yaml).toContain('        date: "2016-12-15"\n');
  });

  it("is lossless for any valid bank: parse(toYaml(bank)) equals bank", () => {
    fc.assert(
      fc.property(bankArb, (bank) => {
        expect(parsedBank(toYaml(bank))).toEqual(bank);
      }),
      { numRuns: 200 },
    );
  });
});

describe("toCsv", () => {
  it("has one row per question that papaparse reads back with the same ids, prompts and answers", () => {
    fc.assert(
      fc.property(questionsArb, (questions) => {
        const { data, errors } = Papa.parse<Record<string, string>>(toCsv(questions), { header: true, skipEmptyLines: true });
        expect(errors).toEqual([]);
        expect(Object.keys(data[0])).toEqual([...CSV_COLUMNS]);
        expect(data.map((row) => [row.id, row.prompt, row.answer, row.reading])).toEqual(
          questions.map((q) => [q.id, q.prompt, answerText(q), q.reading]),
        );
      }),
      { numRuns: 100 },
    );
  });
});

/** Test-only reader for the GIFT forms we write: `::title::prompt {answers ####feedback}`. */
function readGift(block: string) {
  const unescape = (s: string) => s.replace(/\\(.)/g, "$1");
  const unescapedAt = (char: string, from = 0) => {
    for (let i = from; i < block.length; i++) {
      if (block[i] === "\\") i++;
      else if (block[i] === char) return i;
    }
    return -1;
  };
  const titleEnd = block.indexOf("::", 2);
  const open = unescapedAt("{", titleEnd + 2);
  const close = unescapedAt("}", open);
  const inner = block.slice(open + 1, close);
  const feedbackAt = inner.search(/(?<!\\)####/);
  const answers = inner.slice(0, feedbackAt).trim();
  const tokens = answers.match(/[=~](?:\\.|[^=~\\])*/g) ?? [];
  return {
    id: block.slice(2, titleEnd),
    prompt: unescape(block.slice(titleEnd + 2, open)).trim(),
    feedback: unescape(inner.slice(feedbackAt + 4)),
    answers,
    choices: tokens.map((t) => ({ correct: t[0] === "=", text: unescape(t.slice(1)).trim() })),
    rest: block.slice(close + 1),
  };
}
const flat = (s: string) => s.replace(/\s*\n\s*/g, " ");

describe("toGift", () => {
  it("escapes every GIFT special character", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
  });

  it("writes mcq, true/false and numeric questions that read back to the same answers", () => {
    fc.assert(
      fc.property(questionsArb, (questions) => {
        const blocks = toGift(questions).trimEnd().split("\n\n").slice(1);
        expect(blocks).toHaveLength(questions.length);
        questions.forEach((q, i) => checkGiftBlock(q, blocks[i]));
      }),
      { numRuns: 150 },
    );
  });

  it("skips ordering with a comment and writes a date as a short answer", () => {
    const parse = (fields: object) =>
      normalizeQuestion({ question: questionSchema.parse({ id: "x-001", kind: "date", difficulty: 1, tags: ["t"], prompt: "When?", explanation: "e", quote: "q", ...fields }), reading: "r" });
    expect(toGift([parse({ type: "ordering", items: [{ text: "a" }, { text: "b" }, { text: "c" }] })])).toContain("// skipped x-001: ordering");
    expect(toGift([parse({ type: "date", answer: "2016-05" })])).toContain("::x-001::When? {=May 2016 =2016-05 ####e}");
  });
});

function checkGiftBlock(q: NormalizedQuestion, block: string) {
  if (q.type === "ordering") return expect(block).toBe(`// skipped ${q.id}: ordering`);
  const gift = readGift(block);
  expect([gift.id, gift.prompt, gift.feedback, gift.rest]).toEqual([q.id, flat(q.prompt), flat(q.explanation), ""]);
  if (q.type === "mcq")
    expect(gift.choices).toEqual(q.options.map((o) => ({ correct: o === q.answer, text: flat(o) })));
  if (q.type === "true_false") expect(gift.answers).toBe(q.answer ? "T" : "F");
  if (q.type === "numeric") {
    const [answer, tolerance] = gift.answers.slice(1).split(":").map(Number);
    expect([gift.answers[0], answer, tolerance]).toEqual(["#", q.answer, q.tolerance]);
  }
}

describe("toAnki", () => {
  it("writes Anki's header and one front<TAB>back<TAB>tags line per question", () => {
    fc.assert(
      fc.property(questionsArb, (questions) => {
        const lines = toAnki(questions).trimEnd().split("\n");
        expect(lines.slice(0, 3)).toEqual(ANKI_HEADER);
        const notes = lines.slice(3).map((line) => line.split("\t"));
        expect(notes).toHaveLength(questions.length);
        const unquote = (f: string) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f);
        notes.forEach((fields, i) => {
          expect(fields).toHaveLength(3);
          const [front, back, tags] = fields.map(unquote);
          expect(front.startsWith(flat(questions[i].prompt).replace(/\s+/g, " "))).toBe(true);
          expect(back.startsWith(answerText(questions[i]).replace(/\s+/g, " ").trim())).toBe(true);
          expect(tags.split(" ")).toEqual([...questions[i].tags, `lectern::${questions[i].reading}`]);
        });
      }),
      { numRuns: 100 },
    );
  });
});
