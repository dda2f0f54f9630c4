import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DIFFICULTY_LABELS, KIND_LABELS, SYNTHESIS_TITLE, TYPE_LABELS } from "@/components/reading/question-labels";
import { ANKI_HEADER, escapeHtml, toAnki } from "@/lib/questions/export/to-anki";
import { CSV_COLUMNS, neutralizeFormula, toCsv, UTF8_BOM } from "@/lib/questions/export/to-csv";
import { escapeGift, toGift } from "@/lib/questions/export/to-gift";
import { toYaml } from "@/lib/questions/export/to-yaml";
import { answerText } from "@/lib/questions/flashcard";
import { parseBank } from "@/lib/questions/parse-files";
import { seededShuffle } from "@/lib/shuffle";
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

const TITLES = { "abe-all-in-2016": "All In", "test-reading": "A Test Reading", "other-reading": "Another Reading" };
const FORMULA_START = /^[=+\-@\t\r]/;

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and has one row per question that papaparse reads back, in words", () => {
    fc.assert(
      fc.property(questionsArb, (questions) => {
        const csv = toCsv(questions, TITLES);
        expect(csv.startsWith(UTF8_BOM)).toBe(true);
        const { data, errors } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
        expect(errors).toEqual([]);
        expect(Object.keys(data[0])).toEqual([...CSV_COLUMNS]);
        expect(data.map((row) => [row.Id, row.Prompt, row.Answer, row.Reading])).toEqual(
          questions.map((q) => [q.id, neutralizeFormula(q.prompt), neutralizeFormula(answerText(q)), TITLES[q.reading as keyof typeof TITLES]]),
        );
        expect(data.map((row) => [row.Type, row.Kind, row.Difficulty])).toEqual(
          questions.map((q) => [TYPE_LABELS[q.type], KIND_LABELS[q.kind], DIFFICULTY_LABELS[q.difficulty]]),
        );
        for (const row of data) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA_START);
      }),
      { numRuns: 100 },
    );
  });

  it("neutralises cells a spreadsheet would run as a formula (OWASP CSV injection)", () => {
    for (const cell of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ["1-1", "a=b", "", "’quoted"]) expect(neutralizeFormula(cell)).toBe(cell);
    const [question] = parsedBank(BANK_YAML).questions;
    const hostile = normalizeQuestion({ question: { ...question, prompt: '=HYPERLINK("http://x","y")' }, reading: "test-reading" });
    const { data } = Papa.parse<Record<string, string>>(toCsv([hostile], TITLES), { header: true });
    expect(data[0].Prompt).toBe(`'=HYPERLINK("http://x","y")`);
  });

  it("names a synthesis question's bank and each quote's reading by title", () => {
    const bank = parsedBank(SYNTHESIS_YAML);
    const questions = bank.questions.map((question) => normalizeQuestion({ question, reading: null }));
    const { data } = Papa.parse<Record<string, string>>(toCsv(questions, TITLES), { header: true, skipEmptyLines: true });
    expect(data[0].Reading).toBe(SYNTHESIS_TITLE);
    for (const line of data[0].Quote.split("\n")) expect(line).toMatch(/^\[(A Test Reading|Another Reading)\] /);
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
  const unquote = (f: string) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f);
  const flatHtml = (text: string) => escapeHtml(text).replace(/\s+/g, " ").trim();
  const listItems = (html: string) => [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);

  it("writes Anki's header and one front<TAB>back<TAB>tags line per question, the back in HTML", () => {
    fc.assert(
      fc.property(questionsArb, (questions) => {
        const lines = toAnki(questions, TITLES).trimEnd().split("\n");
        expect(lines.slice(0, 3)).toEqual(ANKI_HEADER);
        const notes = lines.slice(3).map((line) => line.split("\t"));
        expect(notes).toHaveLength(questions.length);
        notes.forEach((fields, i) => {
          const q = questions[i];
          expect(fields).toHaveLength(3);
          const [front, back, tags] = fields.map(unquote);
          expect(front.startsWith(`<p>${flatHtml(q.prompt)}</p>`)).toBe(true);
          expect(back.startsWith(`<p><b>${flatHtml(answerText(q))}</b></p><p>${flatHtml(q.explanation)}</p><blockquote>`)).toBe(true);
          // Each quote is signed with its reading's title, and nothing trails the last one (the old slug did).
          expect(back).toContain(`— <i>${escapeHtml(TITLES[q.reading as keyof typeof TITLES])}</i></blockquote>`);
          expect(back.endsWith("</blockquote>")).toBe(true);
          if (q.type === "mcq") expect(listItems(front)).toEqual(seededShuffle(q.options, q.id).map(flatHtml));
          expect(tags.split(" ")).toEqual([...q.tags, `lectern::${q.reading}`]);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("shows a matching question's both sides on the front, and never lets markup through", () => {
    const question = questionSchema.parse({
      id: "x-001", type: "matching", kind: "person", difficulty: 1, tags: ["t"], prompt: "Who said <b>what</b>?", explanation: "e", quote: "q",
      pairs: [{ left: "Abe", right: "thaw" }, { left: "Putin", right: "islands" }, { left: "Lavrov", right: "sanctions" }],
    });
    const [, note] = toAnki([normalizeQuestion({ question, reading: "test-reading" })], TITLES).trimEnd().split("\n").slice(2);
    const [front] = note.split("\t");
    expect(front).toContain("Who said &lt;b&gt;what&lt;/b&gt;?");
    expect(listItems(front).slice(0, 3)).toEqual(["Abe", "Putin", "Lavrov"]);
    expect([...listItems(front).slice(3)].sort()).toEqual(["islands", "sanctions", "thaw"]);
  });
});
