import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { createClassApi, expectAccessible, expectNoSideways, newAccount, signInUi, signUpApi, signedInContext } from "./helpers";

const READING = { slug: "abe-all-in-2016", title: "Shinzo Abe Going All In on Improving Japan-Russia Ties" };
const DAY = 86_400_000;

/** Reviews `n` cards in the study session with the keyboard, as a student does (tests/e2e/flashcards.spec.ts). */
async function studyCards(page: Page, n: number) {
  await page.goto("/student/study");
  const prompt = page.locator("#card-prompt");
  for (let i = 0; i < n; i++) {
    await expect(prompt).toBeVisible();
    const typed = page.getByLabel("Your answer");
    if (await typed.isVisible()) await page.keyboard.type("2016");
    else if ((await page.getByRole("radio").count()) > 0) await page.keyboard.press("1");
    await page.keyboard.press((await typed.isVisible()) ? "Enter" : "Space");
    await expect(page.getByRole("group", { name: /How well did you remember/ })).toBeVisible();
    await page.keyboard.press("3");
    await expect(page.getByRole("progressbar", { name: "Session progress" })).toHaveAttribute("aria-valuenow", String(i + 1));
  }
}

test("[INSTRUCTOR][DASHBOARD] assigns a reading, a student studies, the instructor sees the progress update", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const anon = await signedInContext(baseURL!);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL!, teacher));
  const student = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  await signInUi(page, teacher);
  await page.goto(`/instructor/classes/${klass.id}`);
  const assign = page.getByRole("region", { name: "Assigned readings" });
  await assign.getByLabel("Reading").selectOption(READING.slug);
  await assign.getByLabel("Date", { exact: true }).fill(new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10));
  await assign.getByRole("button", { name: "Assign reading" }).click();
  await expect(assign.getByRole("listitem").filter({ hasText: READING.title })).toBeVisible();

  const students = page.getByRole("region", { name: "Students", exact: true });
  const row = students.getByRole("row").filter({ hasText: student.name });
  await expect(row.getByRole("cell").nth(0)).toHaveText("never");
  await expect(row.getByRole("cell").nth(1)).toHaveText("0");
  // Due in three days and nothing studied: flagged, with the rule that fired.
  const atRisk = page.getByRole("region", { name: /^At risk/ });
  await expect(atRisk.getByRole("listitem").filter({ hasText: student.name })).toContainText("Behind for a due date");

  const studentPage = await (await browser.newContext({ baseURL })).newPage();
  await signInUi(studentPage, student);
  await studyCards(studentPage, 2);

  await page.reload();
  await expect(row.getByRole("cell").nth(0)).toHaveText("today");
  await expect(row.getByRole("cell").nth(1)).toHaveText("2"); // reviews in the last 7 days
  await expect(row).toContainText(/2\/\d+/); // cards of the reading studied
  const readings = page.getByRole("region", { name: "Readings", exact: true });
  await expect(readings.getByRole("row").filter({ hasText: READING.title }).getByRole("cell").nth(1)).toHaveText("100%"); // started
  await expect(page.getByRole("region", { name: "Class reviews per day" })).toContainText("2 reviews in the last eight weeks.");
  await expectAccessible(page);

  await row.getByRole("link", { name: student.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: student.name })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: `${READING.title}: cards studied` })).toHaveAttribute("aria-valuenow", "2");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSideways(page);
});

test("[INSTRUCTOR][ROSTER] a CSV import previews every row, imports nothing while one is bad, then imports", async ({ page, baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const teacherApi = await signedInContext(baseURL!, teacher);
  const klass = await createClassApi(teacherApi);
  const elsewhere = await createClassApi(teacherApi);
  const a = await signUpApi(anon, newAccount("STUDENT"), elsewhere.joinCode);
  const b = await signUpApi(anon, newAccount("STUDENT"), elsewhere.joinCode);
  await signInUi(page, teacher);
  await page.goto(`/instructor/classes/${klass.id}`);
  const roster = page.getByRole("region", { name: /^Roster/ });
  const file = (text: string) => ({ name: "students.csv", mimeType: "text/csv", buffer: Buffer.from(text) });

  await roster.getByLabel("Import students from a CSV file").setInputFiles(file(`email,name\n${a.email},A\nnot-an-email,B\n${b.email},C\n`));
  await expect(roster.getByRole("status").filter({ hasText: "Preview" })).toHaveText("Preview: 2 to add, 0 already in the class, 1 with a problem.");
  await expect(roster.getByRole("row").filter({ hasText: "not-an-email" })).toContainText("Problem: Not an email address.");
  await expect(roster.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Roster (0)" })).toBeVisible();
  await expectAccessible(page);

  await roster.getByLabel("Import students from a CSV file").setInputFiles(file(`${a.email}\n${b.email}\n`));
  await roster.getByRole("button", { name: "Import 2 students" }).click();
  await expect(roster.getByText("2 students added.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Roster (2)" })).toBeVisible();
  await expect(roster.getByRole("cell", { name: a.email })).toBeVisible();
});

test("[INSTRUCTOR][EXPORTS] the roster and the student table download as CSV that parses with the expected header", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const teacherApi = await signedInContext(baseURL!, teacher);
  const klass = await createClassApi(teacherApi);
  const student = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  await teacherApi.post(`/api/classes/${klass.id}/assignments`, { data: { readingSlug: READING.slug, dueAt: null } });

  for (const [name, header] of [
    ["roster.csv", ["Email", "Name", "Joined"]],
    ["students.csv", ["Name", "Email", "Joined", "Last active", "Reviews (7 days)", "Overdue cards", "Mean recall", "Cards studied", "Cards", "At risk because", "Accommodation", `${READING.title}: share studied`]],
  ] as const) {
    const res = await teacherApi.get(`/api/classes/${klass.id}/exports/${name}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="[a-z0-9-]+\.csv"$/);
    const text = await res.text();
    expect(text.charCodeAt(0)).toBe(0xfeff); // Excel reads UTF-8 only with the byte-order mark
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(header);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[1]).toContain(student.email);
    expect(parsed.data[1][parsed.data[0].indexOf("Joined")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});
