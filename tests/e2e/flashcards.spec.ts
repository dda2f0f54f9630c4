import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { formatDayAndTime, isoToWallTime } from "@/lib/zoned-time";
import { FLASHCARD_READING as READING, classWithAssignedReading, createClassApi, expectAccessible, newAccount, signInUi, signUpApi, signedInContext } from "./helpers";

const DAY = 86_400_000;

/** `SHOTS=<dir>` saves each screen at desktop and phone width (for looking at them, not for asserting). */
async function shoot(page: Page, name: string) {
  const dir = process.env.SHOTS;
  if (!dir) return;
  for (const [label, size] of [["1280", { width: 1280, height: 800 }], ["390", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${dir}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function forecastTotal(page: Page) {
  await page.goto("/student/stats");
  const summary = await page.getByText(/cards due in the next 7 days/).textContent();
  return Number(/, (\d+) in the next 30/.exec(summary ?? "")?.[1]);
}

test("[INSTRUCTOR][FLASHCARDS] assigns a reading with a due date in their zone, changes it and unassigns it", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const anon = await signedInContext(baseURL!);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL!, teacher));
  await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  await signInUi(page, teacher);
  await page.goto(`/instructor/classes/${klass.id}`);

  const panel = page.getByRole("region", { name: "Assigned readings" });
  await expect(panel.getByText("No readings assigned yet")).toBeVisible();
  await expect(panel.getByText("times in UTC (UTC+00:00)")).toBeVisible();
  const due = new Date(Date.now() + 10 * DAY);
  const wall = { date: isoToWallTime(due.toISOString(), "UTC").date, time: "17:30" };
  await panel.getByLabel("Reading").selectOption(READING.slug);
  await panel.getByLabel("Date", { exact: true }).fill(wall.date);
  await panel.getByLabel("Time", { exact: true }).fill(wall.time);
  await panel.getByRole("button", { name: "Assign reading" }).click();

  const row = panel.getByRole("listitem").filter({ hasText: READING.title });
  const dueText = formatDayAndTime(`${wall.date}T17:30:00Z`, new Date(), "UTC");
  await expect(row).toContainText(`Due ${dueText}`);
  await expect(row).toContainText("0 of 1 students started");
  await expectAccessible(page);
  await shoot(page, "assignments-panel");

  await row.getByRole("button", { name: `Change due date of ${READING.title}` }).click();
  const later = isoToWallTime(new Date(Date.now() + 12 * DAY).toISOString(), "UTC").date;
  await row.getByLabel("Date", { exact: true }).fill(later);
  await row.getByLabel("Time", { exact: true }).fill("09:00");
  await row.getByRole("button", { name: "Save due date" }).click();
  await expect(row).toContainText(`Due ${formatDayAndTime(`${later}T09:00:00Z`, new Date(), "UTC")}`);

  await row.getByRole("button", { name: `Unassign ${READING.title}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Unassign" }).click();
  await expect(panel.getByText("No readings assigned yet")).toBeVisible();
});

test("[STUDENT][FLASHCARDS] reviews with the keyboard only, undoes, finishes, and sees the forecast grow", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const { klass, student } = await classWithAssignedReading(baseURL!);
  await signInUi(page, student);

  const today = page.getByRole("region", { name: klass.name });
  await expect(today.getByText("4 new today")).toBeVisible();
  await expect(today.getByRole("heading", { name: READING.title })).toBeVisible();
  await expect(today.getByRole("progressbar", { name: `${READING.title}: cards studied` })).toHaveAttribute("aria-valuenow", "0");
  await expect(today.getByRole("link", { name: `Study ${READING.title} for the due date` })).toBeVisible();
  await shoot(page, "today");
  const before = await forecastTotal(page);

  await page.goto("/student/study");
  const prompt = page.locator("#card-prompt");
  const progress = page.getByRole("progressbar", { name: "Session progress" });
  await expect(prompt).toBeFocused();
  await expect(page.getByText(READING.title)).toBeVisible(); // the card says which article "the article" is

  // First card (dip-001, an MCQ): 1 picks the first option, Enter reveals, the suggested rating takes the focus.
  const firstPrompt = await prompt.textContent();
  await page.keyboard.press("1");
  await expect(page.getByRole("radio").first()).toBeChecked();
  await shoot(page, "card-front");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: /How well did you remember/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /\(suggested\)$/ })).toBeFocused();
  await expect(page.getByRole("link", { name: /Read it in/ })).toHaveAttribute("href", new RegExp(READING.slug));
  await expectAccessible(page);
  await shoot(page, "card-back");
  await page.keyboard.press("4");
  await expect(progress).toHaveAttribute("aria-valuenow", "1");

  // U brings the card back, unrated (the next card, a date, took the focus into its field: Esc leaves it first).
  await expect(page.getByLabel("Your answer")).toBeFocused();
  await page.keyboard.press("Escape");
  await page.keyboard.press("u");
  await expect(page.getByText("Undone — the card is back.")).toBeVisible();
  await expect(prompt).toHaveText(firstPrompt!);
  await expect(progress).toHaveAttribute("aria-valuenow", "0");

  const seen = { typed: 0, mcq: 0, rated: 0 };
  for (let i = 0; i < 10; i++) {
    if (await page.getByRole("heading", { name: "Session complete" }).isVisible()) break;
    await expect(prompt.or(page.getByRole("heading", { name: "Session complete" }))).toBeVisible();
    if (!(await prompt.isVisible())) break;
    const typed = page.getByLabel("Your answer");
    if (await typed.isVisible()) {
      await expect(typed).toBeFocused();
      await page.keyboard.type("2016");
      seen.typed++;
    } else if ((await page.getByRole("radio").count()) > 2) {
      await page.keyboard.press("2");
      seen.mcq++;
    }
    await page.keyboard.press(await typed.isVisible() ? "Enter" : "Space");
    await expect(page.getByRole("group", { name: /How well did you remember/ })).toBeVisible();
    await page.keyboard.press("4");
    seen.rated++;
  }
  expect(seen.typed).toBeGreaterThan(0);
  expect(seen.mcq).toBeGreaterThan(0);

  const end = page.getByRole("heading", { name: "Session complete" });
  await expect(end).toBeFocused();
  await expect(page.getByText(`${seen.rated} cards reviewed.`)).toBeVisible(); // the undone rating does not count
  await expect(page.getByText(/Next cards due /)).toBeVisible();
  await shoot(page, "end-screen");

  expect(await forecastTotal(page)).toBeGreaterThan(before);
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "stats");
  await page.goto("/student");
  await expect(page.getByRole("progressbar", { name: `${READING.title}: cards studied` })).not.toHaveAttribute("aria-valuenow", "0");
});

async function firstCardId(api: APIRequestContext) {
  const res = await api.get("/api/study/queue?limit=1");
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).cards[0].cardId as string;
}

test("[STUDENT][FLASHCARDS] another student's card is a 404, and a garbled study link still opens", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const { anon, klass, student } = await classWithAssignedReading(baseURL!);
  const other = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  const mine = await signedInContext(baseURL!, student);
  const theirs = await signedInContext(baseURL!, other);
  const cardId = await firstCardId(mine);

  expect((await theirs.post(`/api/study/cards/${cardId}/reveal`, { data: {} })).status()).toBe(404);
  const rate = await theirs.post(`/api/study/cards/${cardId}/rate`, { data: { rating: 3, expectedVersion: 0, idempotencyKey: crypto.randomUUID(), durationMs: 1000 } });
  expect(rate.status()).toBe(404);
  expect((await mine.post(`/api/study/cards/${cardId}/reveal`, { data: {} })).status()).toBe(200);

  await signInUi(page, student);
  const res = await page.goto("/student/study?reading=..%2F..%2Fetc&mode=%00");
  expect(res?.status()).toBe(200);
  await expect(page.locator("#card-prompt")).toBeVisible();
});
