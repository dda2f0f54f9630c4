import { describe, expect, it } from "vitest";
import { validateBanks } from "@/lib/questions/validate";
import { BANK_YAML, READING_MD, SYNTHESIS_YAML, fixtureFiles, lineContaining, type FixtureOverrides } from "./fixtures";

const BANK = "questions/test-reading/bank.yaml";
const SYNTHESIS = "questions/synthesis/bank.yaml";
const errorsFor = (overrides: FixtureOverrides, knownTypes?: Map<string, "mcq" | "short">) =>
  validateBanks({ ...fixtureFiles(overrides), knownTypes }).errors;
const SOCHI_QUOTE = '    quote: "Abe visited the Russian town of Sochi in May 2016."';

describe("validateBanks", () => {
  it("passes the fixture and counts coverage per bank, type and kind", () => {
    const result = validateBanks(fixtureFiles());
    expect(result.errors).toEqual([]);
    expect(result.coverage.byBank["test-reading"]).toMatchObject({ total: 2, byType: { mcq: 1, ordering: 1 } });
    expect(result.coverage.byBank["other-reading"].total).toBe(0);
    expect(result.coverage.byBank.synthesis.byKind.event).toBe(1);
    expect(result.coverage.total).toMatchObject({ total: 3, byKind: { date: 1, event: 2 } });
    expect(result.readings.map((r) => r.slug)).toEqual(["other-reading", "test-reading"]);
    expect(result.questions.map((q) => q.question.id)).toEqual(["tst-001", "tst-002", "syn-001"]);
  });

  it("fails a quote that is not in the reading", () => {
    const bank = BANK_YAML.replace(SOCHI_QUOTE, SOCHI_QUOTE.replace("May", "June"));
    expect(errorsFor({ bank })).toEqual([
      { file: BANK, line: lineContaining(bank, "in June 2016"), message: 'tst-001: quote not found in the reading "test-reading"' },
    ]);
  });

  it("tells a quote from a reader comment apart from a quote that is nowhere", () => {
    const bank = BANK_YAML.replace(SOCHI_QUOTE, '    quote: "Abe will get all four islands back by 2018, mark my words."');
    expect(errorsFor({ bank })).toEqual([
      {
        file: BANK,
        line: lineContaining(bank, "mark my words"),
        message: 'tst-001: quote found in the page but outside the article body (e.g. a reader comment) of "test-reading"',
      },
    ]);
  });

  it("points at the failing entry of a list of quotes", () => {
    const bank = BANK_YAML.replace("Putin visited Nagato on December 15, 2016.\"", "Putin visited Nagato on December 16, 2016.\"");
    expect(errorsFor({ bank })).toEqual([
      { file: BANK, line: lineContaining(bank, "December 16"), message: 'tst-002: quote not found in the reading "test-reading"' },
    ]);
  });

  it("fails a body paragraph that is not in source.txt", () => {
    const reading = READING_MD.replace("## The islands", "We added this sentence ourselves.\n\n## The islands");
    expect(errorsFor({ reading })).toEqual([
      {
        file: "questions/test-reading/reading.md",
        line: lineContaining(reading, "We added"),
        message: 'body paragraph not found in source.txt: "We added this sentence ourselves."',
      },
    ]);
  });

  it("fails an id used twice, across banks, at the second use", () => {
    const synthesis = SYNTHESIS_YAML.replace("id: syn-001", "id: tst-001");
    expect(errorsFor({ synthesis })).toEqual([
      { file: SYNTHESIS, line: 3, message: `duplicate id tst-001 (first used at ${BANK}:3)` },
    ]);
  });

  it("fails an mcq answer that is not one of the options", () => {
    const bank = BANK_YAML.replace("    answer: May 2016", "    answer: June 2016");
    expect(errorsFor({ bank })).toEqual([
      { file: BANK, line: lineContaining(bank, "answer: June"), message: 'tst-001 answer: answer "June 2016" is not one of the options' },
    ]);
  });

  it("fails options that are the same once case and typography are ignored", () => {
    const bank = BANK_YAML.replace("[May 2016, March 2014, December 2016, May 2015]", "[May 2016, March 2014, December 2016, may  2016]");
    expect(errorsFor({ bank })).toEqual([
      { file: BANK, line: lineContaining(bank, "options:"), message: 'tst-001 options[3]: duplicate option "may  2016" (same as #1)' },
    ]);
  });

  it("fails ordering items listed out of time order", () => {
    const bank = BANK_YAML.replace('date: "2016-05"', 'date: "2013-05"').replace('date: "2014-03"', 'date: "2016-05"')
      .replace('date: "2013-05"', 'date: "2014-03"');
    const errors = errorsFor({ bank });
    expect(errors).toEqual([
      {
        file: BANK,
        line: lineContaining(bank, "text: Abe visits Sochi"),
        message: 'tst-002: items out of order: "Russia annexes Crimea" (2016-05) is listed before "Abe visits Sochi" (2014-03)',
      },
    ]);
  });

  it("fails an ordering date whose year its quotes do not state", () => {
    const bank = BANK_YAML.replace('date: "2014-03"', 'date: "2013-03"');
    expect(errorsFor({ bank })).toEqual([
      {
        file: BANK,
        line: lineContaining(bank, "text: Russia annexes Crimea"),
        message: 'tst-002: item "Russia annexes Crimea" is dated 2013-03, but the year 2013 is not in its quote',
      },
    ]);
  });

  it("fails a published id whose type changed", () => {
    expect(errorsFor({}, new Map([["tst-001", "short"], ["tst-002", "ordering" as never]]))).toEqual([
      {
        file: BANK,
        line: 3,
        message: "tst-001 was published as a short question and is now mcq: an id never changes type, give it a new id",
      },
    ]);
  });

  it("fails a synthesis question that quotes only one reading", () => {
    const synthesis = SYNTHESIS_YAML.replace("reading: other-reading", "reading: test-reading").replace(
      "text: Crimea was annexed.",
      "text: Putin visited Nagato",
    );
    expect(errorsFor({ synthesis })).toEqual([
      {
        file: SYNTHESIS,
        line: lineContaining(synthesis, "quote:"),
        message: "syn-001 quote: a synthesis quote must name at least two different readings",
      },
    ]);
  });

  it("fails a synthesis quote naming a reading that does not exist", () => {
    const synthesis = SYNTHESIS_YAML.replace("reading: other-reading", "reading: no-such-reading");
    expect(errorsFor({ synthesis })).toEqual([
      {
        file: SYNTHESIS,
        line: lineContaining(synthesis, "no-such-reading"),
        message: 'syn-001: quote names reading "no-such-reading", which has no reading.md',
      },
    ]);
  });

  it("fails a bank whose reading is not its folder, and a synthesis bank with a reading", () => {
    expect(errorsFor({ bank: BANK_YAML.replace("reading: test-reading", "reading: other-reading") })).toEqual([
      { file: BANK, line: 1, message: 'reading "other-reading" does not match its folder "test-reading"' },
    ]);
    const synthesis = SYNTHESIS_YAML.replace("reading: null", "reading: test-reading");
    expect(errorsFor({ synthesis }).map((e) => e.message)).toContain("the synthesis bank must have reading: null");
  });

  it("fails missing files and a slug that is not its folder's name", () => {
    const files = fixtureFiles();
    files.readings[1].source.text = null;
    files.readings[0].reading.text = files.readings[0].reading.text!.replace("slug: other-reading", "slug: other");
    const messages = validateBanks(files).errors.map((e) => `${e.file}:${e.line} ${e.message}`);
    expect(messages).toEqual([
      'questions/other-reading/reading.md:2 slug "other" does not match its folder "other-reading"',
      "questions/test-reading/source.txt:1 source.txt is missing",
    ]);
  });

  it("sorts errors by file and line", () => {
    const bank = BANK_YAML.replace("difficulty: 2", "difficulty: 9").replace("    answer: May 2016", "    answer: June 2016");
    const errors = errorsFor({ bank });
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => a - b));
    expect(errors).toHaveLength(2);
  });
});
