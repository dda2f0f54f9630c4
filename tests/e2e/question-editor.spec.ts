import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import fs from "node:fs";
import { expectAccessible, newAccount, signInUi, signUpApi, signedInContext, uniqueName } from "./helpers";

// Each test writes its own question (the e2e database is shared by every spec), then works on that one.
const READING = "abe-all-in-2016";
// The body has a non-breaking space after "thaw in"; a quote typed with a plain space must still match.
const SOCHI = "Abe’s visit to the Russian town of Sochi in May 2016 became a major sign of a thaw in bilateral relations";
const AGREED = { from: "In Sochi, Abe and Russian President Vladimir Putin agreed", to: "launched in 2015." };

async function instructor(baseURL: string) {
  const account = await signUpApi(await signedInContext(baseURL), newAccount("INSTRUCTOR"));
  return { account, api: await signedInContext(baseURL, account) };
}

async function createQuestionApi(api: APIRequestContext) {
  const question = {
    type: "short", kind: "event", difficulty: 1, tags: ["e2e"], prompt: uniqueName("Which town did Abe visit in May 2016?"),
    answer: "Sochi", explanation: "The Sochi visit was the first sign of a thaw after Crimea.", quote: SOCHI,
  };
  const res = await api.post("/api/questions", { data: { bank: READING, question } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function openEditor(page: Page, id: string) {
  await page.goto(`/instructor/questions/${id}/edit`);
  await expect(page.getByRole("heading", { name: `Question ${id}` })).toBeVisible();
  // typing before React has hydrated would be lost; the save button is enabled once it has
  await expect(page.getByRole("button", { name: /^Save (new version|as my copy)$/ })).toBeEnabled();
}

/** Selects a passage of the reading's text, as dragging the mouse over it would. */
async function selectInReading(page: Page, { from, to }: { from: string; to: string }) {
  await page.getByRole("region", { name: /^Text of the reading/ }).evaluate(
    (box, [from, to]) => {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? "").replace(/\u00a0/g, " ");
        const start = text.indexOf(from);
        const end = text.indexOf(to, start);
        if (start < 0 || end < 0) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end + to.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${from}" is not in the reading`);
    },
    [from, to],
  );
}

test("[INSTRUCTOR][BANK] edits a question and sees the new version", async ({ page, baseURL }) => {
  const { account, api } = await instructor(baseURL!);
  const id = await createQuestionApi(api);
  await signInUi(page, account);
  await openEditor(page, id);
  await expect(page.locator("mark").first()).toContainText("Sochi in May 2016");
  await expectAccessible(page);

  const prompt = uniqueName("Where did Abe and Putin agree on a new approach to the island talks?");
  await page.getByLabel("Prompt").fill(prompt);
  await selectInReading(page, AGREED);
  await page.getByRole("button", { name: "Use selection as quote" }).click();
  const quote = page.getByLabel("Quote", { exact: true });
  await expect(quote).toHaveValue(/^In Sochi, Abe and Russian President Vladimir Putin agreed .* launched in 2015\.$/);
  await expect(page.locator("mark").filter({ hasText: AGREED.from })).toBeVisible();
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Version 2 (current)" })).toContainText(account.name);
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByLabel("Prompt")).toHaveValue(prompt);
  await expect(quote).toHaveValue(/^In Sochi/);
  await expect(page.getByRole("listitem").filter({ hasText: "Version 1" })).toContainText("edited in the app");
});

test("[INSTRUCTOR][BANK] a quote not in the reading is refused with a clear message", async ({ page, baseURL }) => {
  const { account, api } = await instructor(baseURL!);
  const id = await createQuestionApi(api);
  const invented = "Abe gave Putin a samurai sword in Nagato.";

  // the server refuses it whatever the browser does
  const { question, version } = await (await api.get(`/api/questions/${id}`)).json();
  const res = await api.put(`/api/questions/${id}`, { data: { expectedVersion: version, question: { ...question, quote: invented } } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error).toMatchObject({ message: `quote: not found in the reading "${READING}"`, fields: { quote: `not found in the reading "${READING}"` } });

  await signInUi(page, account);
  await openEditor(page, id);
  await page.getByLabel("Quote", { exact: true }).fill(invented);
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(`Quote: not found in the reading "${READING}"`);
  await expect(page.getByLabel("Quote", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: /^Version/ })).toHaveCount(1);
});

test("[INSTRUCTOR][BANK] downloads the bank as CSV", async ({ page, baseURL }) => {
  const { account, api } = await instructor(baseURL!);
  const id = await createQuestionApi(api);
  await signInUi(page, account);
  await openEditor(page, id);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^CSV of the bank/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${READING}.csv`);
  const csv = fs.readFileSync((await file.path())!, "utf8");
  expect(csv.split("\n")[0]).toBe("\uFEFFId,Reading,Type,Kind,Difficulty,Tags,Prompt,Choices,Answer,Explanation,Quote");
  expect(csv).toContain(`${id},Shinzo Abe Going All In on Improving Japan-Russia Ties,Short answer,Events,Easy,e2e,`);

  const unknown = await api.get(`/api/readings/${READING}/export?format=docx`);
  expect(unknown.status()).toBe(400);
  const gift = await api.get(`/api/readings/${READING}/export?format=gift`);
  expect(gift.headers()["content-disposition"]).toBe(`attachment; filename="${READING}-gift.txt"`);
  expect((await api.get("/api/readings/no-such-reading/export?format=yaml")).status()).toBe(404);
});

test("[INSTRUCTOR][BANK] writes a new multiple-choice question with a quote taken from the reading", async ({ page, baseURL }) => {
  const { account } = await instructor(baseURL!);
  await signInUi(page, account);
  await page.goto("/instructor/questions/new");
  await expect(page.getByRole("button", { name: "Create question" })).toBeEnabled();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create question" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Fix these");

  await page.getByLabel("Bank").selectOption(READING);
  await page.getByLabel("Prompt").fill(uniqueName("What did the two leaders agree on at Sochi?"));
  await page.getByLabel("Tags").fill("e2e sochi");
  await page.getByLabel("Explanation").fill("Sochi set the date and a fresh approach to the island talks.");
  const options = ["A new approach to the island talks", "A peace treaty", "Lifting all sanctions", "A joint army exercise"];
  for (const [i, option] of options.entries()) await page.getByLabel(`Option ${i + 1}`, { exact: true }).fill(option);
  await page.getByLabel("Correct: option 1 is the answer").check();
  await selectInReading(page, AGREED);
  await page.getByRole("button", { name: "Use selection as quote" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveCount(0);
  await page.getByRole("button", { name: "Create question" }).click();

  // an instructor's new question is their own: its id carries their tag (decision 008)
  await expect(page).toHaveURL(/\/instructor\/questions\/dip-\d{3,}~[0-9a-f]{6}\/edit\?created=1$/);
  await expect(page.getByText(/^Created dip-\d{3,}~[0-9a-f]{6} as version 1\.$/)).toBeVisible();
  await expect(page.getByText("Your own question: only you see it")).toBeVisible();
  await expect(page.getByLabel("Option 1", { exact: true })).toHaveValue(options[0]);
  await expectAccessible(page);
});

test("[INSTRUCTOR][BANK] a synthesis question quotes several readings, each one shown on request", async ({ page, baseURL }) => {
  const { account, api } = await instructor(baseURL!);
  const { question } = await (await api.get("/api/questions/syn-001")).json();
  const [first, second] = question.quote as { reading: string; text: string }[];
  await signInUi(page, account);
  await openEditor(page, "syn-001");
  await expect(page.getByLabel("Reading of quote 1")).toHaveValue(first.reading);
  await page.getByLabel("Reading shown").selectOption(second.reading);
  await expect(page.locator("mark").first()).toContainText(second.text.slice(0, 30));
  await expectAccessible(page);
});

test("[INSTRUCTOR][READINGS] from a highlighted sentence, edits a question citing it and sees the new version there", async ({ page, baseURL }) => {
  const { account, api } = await instructor(baseURL!);
  const id = await createQuestionApi(api);
  await signInUi(page, account);

  await page.goto(`/readings/${READING}`);
  await page.getByRole("button", { name: /^Abe’s visit to the Russian town of Sochi in May 2016/ }).click();
  const panel = page.getByRole("complementary", { name: /Questions citing this passage/ });
  await panel.getByRole("link", { name: `Edit ${id}` }).click();
  await expect(page.getByRole("heading", { name: `Question ${id}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save new version" })).toBeEnabled();

  const prompt = uniqueName("In which Russian resort town did Abe meet Putin in May 2016?");
  await page.getByLabel("Prompt").fill(prompt);
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();

  await page.goto(`/readings/${READING}#q-${id}`);
  await expect(panel).toContainText(prompt);
  await expectAccessible(page);
});

test("[INSTRUCTOR][BANK] saving a shipped question makes my own copy, which another instructor never sees", async ({ page, baseURL }) => {
  const { account } = await instructor(baseURL!);
  const other = await instructor(baseURL!);
  const before = await (await other.api.get("/api/questions/dip-010")).json();
  await signInUi(page, account);
  await openEditor(page, "dip-010");
  await expect(page).toHaveTitle("Edit dip-010 · Lectern");
  await expect(page.getByText(/A shipped question, kept by the site\. Saving your changes makes your own copy/)).toBeVisible();
  const prompt = uniqueName("In our words: when did the talks resume?");
  await page.getByLabel("Prompt").fill(prompt);
  await page.getByRole("button", { name: "Save as my copy" }).click();

  await expect(page).toHaveURL(/\/instructor\/questions\/dip-010~[0-9a-f]{6}\/edit\?copied=1$/);
  const copyId = decodeURIComponent(new URL(page.url()).pathname.split("/")[3]);
  await expect(page.getByText(`Made your copy of dip-010: it is ${copyId}, version 2.`)).toBeVisible();
  await expect(page.getByLabel("Prompt")).toHaveValue(prompt);
  await expect(page.getByRole("listitem").filter({ hasText: "Version 1" })).toContainText("copied from the shipped question");
  await expectAccessible(page);

  // the shipped question is as it was, and the copy is invisible to anyone else
  expect((await (await other.api.get("/api/questions/dip-010")).json()).question.prompt).toBe(before.question.prompt);
  expect((await other.api.get(`/api/questions/${copyId}`)).status()).toBe(404);
  expect((await other.api.put(`/api/questions/${copyId}`, { data: { expectedVersion: 2, question: before.question } })).status()).toBe(404);

  // the shipped question now points to the copy, read-only: the copy is where changes go
  await page.goto("/instructor/questions/dip-010/edit");
  await expect(page.getByLabel("Prompt")).toBeDisabled();
  await page.getByRole("link", { name: `open ${copyId}` }).click();
  await expect(page.getByRole("heading", { name: `Question ${copyId}` })).toBeVisible();
});

test("[INSTRUCTOR][BANK] the error summary lists every problem, each a link that moves focus to its field", async ({ page, baseURL }) => {
  const { account } = await instructor(baseURL!);
  await signInUi(page, account);
  await page.goto("/instructor/questions/new");
  await page.getByRole("button", { name: "Create question" }).click();
  const summary = page.locator("form").getByRole("alert");
  await expect(summary).toContainText(/Fix these \d+ problems first:/);
  const links = summary.getByRole("link");
  // prompt, explanation, four empty options and the quote at least: all of them, not only the first
  expect(await links.count()).toBeGreaterThanOrEqual(7);
  await expect(links.filter({ hasText: "Option 3: must not be empty" })).toHaveCount(1);
  await expect(page.locator("form div[tabindex='-1']")).toBeFocused();
  await links.filter({ hasText: /^Explanation:/ }).click();
  await expect(page.getByLabel("Explanation")).toBeFocused();
  await links.filter({ hasText: /^Quote:/ }).click();
  await expect(page.getByLabel("Quote", { exact: true })).toBeFocused();
  await expectAccessible(page);
});

test("[INSTRUCTOR][BANK] opens a past version, compares it and restores it; retires, restores and duplicates a question", async ({ page, baseURL }) => {
  const { account, api } = await instructor(baseURL!);
  const id = await createQuestionApi(api);
  const { question, version } = await (await api.get(`/api/questions/${id}`)).json();
  const newer = uniqueName("Which Black Sea resort did Abe visit?");
  expect((await api.put(`/api/questions/${id}`, { data: { expectedVersion: version, question: { ...question, prompt: newer, tags: [] } } })).status()).toBe(200);

  await signInUi(page, account);
  await openEditor(page, id);
  await expect(page.getByLabel("Tags (optional)")).toHaveValue("");
  await page.getByRole("link", { name: "Version 1", exact: true }).click();
  await expect(page).toHaveTitle(`Version 1 of ${id} · Lectern`);
  const changes = page.getByRole("table");
  await expect(changes.getByRole("row", { name: /^Prompt/ })).toContainText(question.prompt);
  await expect(changes.getByRole("row", { name: /^Prompt/ })).toContainText(newer);
  await expect(changes.getByRole("row", { name: /^Tags/ })).toContainText("e2e");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByText("Restored the content of version 1 as version 3.")).toBeVisible();
  await expect(page.getByLabel("Prompt")).toHaveValue(question.prompt);
  await expect(page.getByRole("listitem").filter({ hasText: "Version 3 (current)" })).toContainText("restored from an earlier version");

  await page.getByRole("button", { name: "Retire" }).click();
  await expect(page.getByText(/This question is retired/)).toBeVisible();
  await expect(page.getByLabel("Prompt")).toBeDisabled();
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByText(/This question is retired/)).toHaveCount(0);
  await expect(page.getByLabel("Prompt")).toBeEnabled();

  await page.getByRole("link", { name: "Duplicate as a new question" }).click();
  await expect(page.getByText(`A duplicate of ${id}`)).toBeVisible();
  await expect(page.getByLabel("Prompt")).toHaveValue(question.prompt);
  await expect(page.getByLabel("Id (optional)")).toHaveValue("");
});

test("[INSTRUCTOR][BANK] marks questions quiz-only in the bank: my own directly, a shipped one through my copy", async ({ page, baseURL }) => {
  const { account, api } = await instructor(baseURL!);
  const id = await createQuestionApi(api);
  await signInUi(page, account);
  await page.goto(`/instructor/bank?q=${encodeURIComponent(id)}`);
  const own = page.getByRole("checkbox", { name: `Quiz-only ${id}` });
  await expect(own).not.toBeChecked();
  await expect(page.getByText("Your own question.")).toBeVisible();
  await own.check();
  await expect.poll(async () => (await (await api.get(`/api/questions/${id}`)).json()).quizOnly).toBe(true);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: `Quiz-only ${id}` })).toBeChecked();

  await page.goto("/instructor/bank?q=dip-011");
  await expect(page.getByText("Shipped question: marking it makes your own copy.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Quiz-only dip-011" }).check();
  await expect(page.getByText("Your copy of dip-011.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Quiz-only dip-011~[0-9a-f]{6}$/ })).toBeChecked();
  await expectAccessible(page);
  expect((await (await api.get("/api/questions/dip-011")).json()).quizOnly).toBe(false);
});
