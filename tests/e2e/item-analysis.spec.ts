import { expect, test, type Download, type Page } from "@playwright/test";
import fs from "node:fs";
import Papa from "papaparse";
import { QUESTIONS, seedQuiz } from "./dashboard-fixtures";
import { createClassApi, expectAccessible, newAccount, signInUi, signUpApi, signedInContext } from "./helpers";

// The unit test's 5 × 4 example on four shipped questions (./dashboard-fixtures): dip-003 discriminates negatively.
const ITEM_COLUMNS = [
  "Position", "Question id", "Prompt", "Reading", "Type", "Kind", "Attempts", "Max mark", "Mean mark", "Facility", "SD",
  "Discrimination index", "Discriminative efficiency", "Average seconds", "Distractors", "Flashcard reviews",
  "Lapse rate", "Reading lapse rate", "Mean difficulty (FSRS D)", "Flags",
];

test.describe.configure({ timeout: 120_000 });

async function setUp(page: Page, baseURL: string) {
  const teacher = await signUpApi(await signedInContext(baseURL), newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL, teacher));
  const quiz = await seedQuiz(klass.id);
  await signInUi(page, teacher);
  return { klass, quiz, analysisUrl: `/instructor/classes/${klass.id}/quizzes/${quiz.quizId}/analysis` };
}

async function downloadCsv(page: Page, name: string): Promise<{ file: Download; rows: Record<string, string>[]; fields: string[] }> {
  const started = page.waitForEvent("download");
  await page.getByRole("link", { name }).click();
  const file = await started;
  const bytes = fs.readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { data, errors, meta } = Papa.parse<Record<string, string>>(bytes.toString("utf8"), { header: true, skipEmptyLines: true });
  expect(errors).toEqual([]);
  return { file, rows: data, fields: meta.fields ?? [] };
}

test("[INSTRUCTOR][DASHBOARD] a flagged question links to its cited sentence in the reading", async ({ page, baseURL }) => {
  const { quiz, analysisUrl } = await setUp(page, baseURL!);
  await page.goto(analysisUrl);
  await expect(page.getByRole("heading", { name: `Item analysis: ${quiz.title}` })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Attempts analysed" }).getByRole("link", { name: "First attempts" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Negative discrimination (-0.26)")).toBeVisible();
  await expectAccessible(page);
  const sentence = page.getByRole("link", { name: /^Cited sentence of/ });
  await expect(sentence).toHaveCount(1); // only dip-003 is flagged
  await expect(page.getByRole("link", { name: /^Edit question/ })).toHaveAttribute("href", "/instructor/questions/dip-003/edit");
  await expect(page.getByRole("button", { name: /^Regrade attempts of/ })).toBeVisible();
  await sentence.click();
  await page.waitForURL(/\/readings\/abe-all-in-2016#q-dip-003$/);
  const passage = page.locator("mark[aria-expanded='true']");
  await expect(passage).toBeFocused();
  await expect(passage).toContainText(/\w/);
});

test("[INSTRUCTOR][EXPORTS] the item analysis and gradebook CSVs download and parse with their headers", async ({ page, baseURL }) => {
  const { klass, quiz, analysisUrl } = await setUp(page, baseURL!);
  await page.goto(analysisUrl);
  const items = await downloadCsv(page, "Download item analysis (CSV)");
  expect(items.file.suggestedFilename()).toMatch(/-item-analysis-first\.csv$/);
  expect(items.fields).toEqual(ITEM_COLUMNS);
  expect(items.rows.map((r) => r["Question id"])).toEqual(QUESTIONS);
  expect(items.rows.map((r) => r.Facility)).toEqual(["0.8", "0.6", "0.6", "0.5"]);
  expect(items.rows[2].Flags).toContain("Negative discrimination");

  await page.goto(`/instructor/classes/${klass.id}/questions`);
  await expect(page.getByRole("heading", { name: "Flagged questions (1)" })).toBeVisible();
  await expectAccessible(page);
  const book = await downloadCsv(page, "Download gradebook (CSV)");
  expect(book.fields).toEqual(["Student", "Email", "Enrolled at", `${quiz.title} (out of 4)`, "Total (out of 4)", "Last attempt finished at"]);
  expect(book.rows).toHaveLength(5);
  expect(book.rows.map((r) => r[`${quiz.title} (out of 4)`]).sort()).toEqual(["1", "1.5", "3", "3", "4"]);
  for (const row of book.rows) expect(row["Enrolled at"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
});
