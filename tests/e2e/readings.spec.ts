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
});
