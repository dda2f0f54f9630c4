// The one place that reads questions/ from disk; validation, the import script and the seed all start here.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { SYNTHESIS_DIR, type FolderFile, type QuestionFiles } from "./question-files";

function readIfExists(absolute: string, file: string): FolderFile {
  return { file, text: existsSync(absolute) ? readFileSync(absolute, "utf8") : null };
}

/**
 * `rootDir` is the repository root (the folder holding questions/) or the questions/ folder itself. Paths in the
 * result are relative to the repository, e.g. "questions/abe-all-in-2016/bank.yaml", so messages can be clicked.
 */
export function loadQuestionFiles(rootDir: string): QuestionFiles {
  const nested = path.join(rootDir, "questions");
  const questionsDir = existsSync(nested) && statSync(nested).isDirectory() ? nested : rootDir;
  const dirs = readdirSync(questionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
  const files: QuestionFiles = { readings: [], banks: [] };
  for (const dir of dirs) {
    const at = (name: string) => ({ absolute: path.join(questionsDir, dir, name), file: `questions/${dir}/${name}` });
    const bank = at("bank.yaml");
    if (dir !== SYNTHESIS_DIR) {
      const reading = at("reading.md");
      const source = at("source.txt");
      files.readings.push({
        dir,
        reading: readIfExists(reading.absolute, reading.file),
        source: readIfExists(source.absolute, source.file),
      });
    }
    const bankFile = readIfExists(bank.absolute, bank.file);
    if (bankFile.text !== null) files.banks.push({ dir, file: bankFile.file, text: bankFile.text });
  }
  return files;
}
