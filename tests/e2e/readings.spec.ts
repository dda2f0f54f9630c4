import { expect, test, type Page } from "@playwright/test";
import { createClassApi, expectAccessible, expectNoSideways, newAccount, signInUi, signUpApi, signedInContext, signedInInstructor } from "./helpers";

// The e2e database has the banks from questions/ imported; these are facts from abe-all-in-2016 and its bank.
const SLUG = "abe-all-in-2016";
const TITLE = "Shinzo Abe Going All In on Improving Japan-Russia Ties";
const SOCHI_SENTENCE = /^Abe’s visit to the Russian town of Sochi in May 2016/;
const DIP001_PROMPT = "According to the 2016 Diplomat article, in which month and year did Abe visit the Russian town of Sochi?";
const DIP031_ANSWER = "To keep the visit low-profile and avoid drawing too much attention from the G7 countries";


test("[INSTRUCTOR][READINGS] opens a reading, clicks a highlighted sentence and sees the questions citing it", async ({ page, baseURL }) => {
  await signedInInstructor(page, baseURL!);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Readings" }).click();
  await expect(page.getByRole("heading", { name: "Readings", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Readings" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("listitem").filter({ hasText: TITLE })).toContainText(/\d+ questions/);
  await expectAccessible(page);

  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  await expectAccessible(page);

  const passage = page.getByRole("button", { name: SOCHI_SENTENCE });
  await passage.click();
  const panel = page.getByRole("complementary", { name: /Questions citing this passage/ });
  await expect(panel).toContainText(DIP001_PROMPT);
  await expect(panel).toContainText("Answer: May 2016");
  await expect(panel.getByRole("link", { name: "Edit dip-001" })).toHaveAttribute("href", "/instructor/questions/dip-001/edit");
  await expect(passage).toHaveAttribute("aria-expanded", "true");
  await expectAccessible(page);

  // Keyboard: Escape closes the panel and returns to the passage; Enter opens it again.
  await expect(panel.getByRole("heading")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(passage).toBeFocused();
  await expect(passage).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Enter");
  await expect(panel).toContainText("dip-001");

  // A question's link opens the reading at its passage: a synthesis question that quotes this reading among others.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/readings/${SLUG}#q-syn-001`);
  await expect(panel).toContainText("syn-001");
  await expect(page.getByRole("button", { name: /^Continuing to break ranks with the G7’s sanctions policies/ })).toHaveAttribute("aria-expanded", "true");
  await expectNoSideways(page);
  await expectAccessible(page);
});

test("[INSTRUCTOR][READINGS] tabs through a reading: every stop is a passage with text, and its count matches its questions", async ({ page, baseURL }) => {
  await signedInInstructor(page, baseURL!);
  await page.goto(`/readings/${SLUG}`);
  await expect(page.getByText("Questions per passage:")).toBeVisible();
  const passages = page.locator("article mark[role=button]");
  const total = await passages.count();
  expect(total).toBeGreaterThan(20);

  // Walk the whole article with the keyboard, as a keyboard user would, noting each stop's own text (without its badge).
  await passages.first().focus();
  const stops: string[] = [];
  for (let i = 0; i <= total; i++) {
    const text = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el?.closest("article")) return null;
      return [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("");
    });
    if (text === null) break;
    stops.push(text);
    await page.keyboard.press("Tab");
  }
  expect(stops).toHaveLength(total);
  expect(stops.filter((text) => text.trim() === "" || text !== text.trim())).toEqual([]);

  // The badge says how many questions cite the passage; the panel lists exactly those.
  const passage = page.getByRole("button", { name: SOCHI_SENTENCE });
  const count = Number(await passage.locator("sup").textContent());
  expect(count).toBeGreaterThan(0);
  await expect(passage).toHaveAccessibleName(new RegExp(`, ${count} questions?$`));
  await passage.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("complementary", { name: `Questions citing this passage (${count})` });
  await expect(panel.getByRole("listitem")).toHaveCount(count);
  await expect(panel).toContainText(DIP001_PROMPT);
  await expect(panel.locator("blockquote")).toHaveText(SOCHI_SENTENCE);
  await expect(page.getByRole("group").filter({ hasText: "How this source was identified" })).toBeVisible();
});
test("[STUDENT][READINGS] sees the reading text without highlights or answers", async ({ page, baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL!, teacher));
  const student = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  await signInUi(page, student);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Readings" }).click();
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(page.getByText(/\d+ questions?/)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByText(SOCHI_SENTENCE)).toBeVisible();
  await expect(page.locator("mark")).toHaveCount(0);
  await expect(page.getByRole("button", { name: SOCHI_SENTENCE })).toHaveCount(0);
  await expectAccessible(page);

  // Neither the HTML, nor the page as rendered, nor the RSC payload of a client-side navigation carries question data.
  const html = await (await page.request.get(`/readings/${SLUG}`)).text();
  const rsc = await (await page.request.get(`/readings/${SLUG}`, { headers: { RSC: "1" } })).text();
  expect(html).toContain("Sochi in May 2016");
  for (const text of [html, rsc, await page.content()]) {
    expect(text).not.toMatch(/\b(dip|syn)-\d{3}\b/);
    expect(text).not.toContain(DIP001_PROMPT);
    expect(text).not.toContain(DIP031_ANSWER);
  }
  await page.goto(`/readings/${SLUG}#q-dip-001`);
  await expect(page.getByRole("complementary")).toHaveCount(0);

  // Only what a reader needs: no unknown fields, no notes on how the source was cut from its web page.
  await page.goto("/readings/update-japan-russia-2014");
  await expect(page.getByRole("heading", { name: "Update on Japan-Russia Relations", level: 1 })).toBeVisible();
  await expect(page.getByText("Date:")).toBeVisible();
  for (const text of ["Not stated", "Author:", "Notes on the source", "How this source was identified", "page furniture", "null"]) {
    await expect(page.getByText(text)).toHaveCount(0);
  }
});
