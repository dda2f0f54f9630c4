import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadQuestionFiles } from "@/lib/questions/load-files";
import { validateBanks } from "@/lib/questions/validate";
import { BANK_YAML, READING_MD, SOURCE_TXT, SYNTHESIS_YAML } from "./fixtures";

const root = mkdtempSync(path.join(tmpdir(), "lectern-questions-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string) {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe("loadQuestionFiles", () => {
  write("questions/README.md", "# not a reading");
  write("questions/test-reading/reading.md", READING_MD);
  write("questions/test-reading/source.txt", SOURCE_TXT);
  write("questions/test-reading/bank.yaml", BANK_YAML);
  write("questions/half-done/source.txt", "Only the source so far.");
  write("questions/synthesis/bank.yaml", SYNTHESIS_YAML);

  it("reads every reading folder and bank, naming files relative to the repository", () => {
    const files = loadQuestionFiles(root);
    expect(files.readings.map((r) => [r.dir, r.reading.text !== null, r.source.text !== null])).toEqual([
      ["half-done", false, true],
      ["test-reading", true, true],
    ]);
    expect(files.readings[1].reading.file).toBe("questions/test-reading/reading.md");
    expect(files.banks.map((b) => [b.dir, b.file])).toEqual([
      ["synthesis", "questions/synthesis/bank.yaml"],
      ["test-reading", "questions/test-reading/bank.yaml"],
    ]);
  });

  it("accepts the questions folder itself as the root", () => {
    expect(loadQuestionFiles(path.join(root, "questions"))).toEqual(loadQuestionFiles(root));
  });

  it("feeds validateBanks directly, which reports the missing reading.md", () => {
    const { errors } = validateBanks(loadQuestionFiles(root));
    expect(errors.map((e) => `${e.file}:${e.line} ${e.message}`)).toContain(
      "questions/half-done/reading.md:1 reading.md is missing",
    );
  });
});
