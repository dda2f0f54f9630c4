import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectNoSideways, signedInInstructor } from "./helpers";

// The e2e database has the banks from questions/ imported; these are facts from abe-all-in-2016 and its bank.
const SLUG = "abe-all-in-2016";
const TITLE = "Shinzo Abe Going All In on Improving Japan-Russia Ties";

// Each test signs up, signs in and walks several pages: more than the default 30 s when the machine is busy.
test.describe.configure({ timeout: 180_000 });

/** Opens the bank at one question's preview (found by its id), once the page has hydrated. */
async function openPreview(page: Page, id: string) {
  await page.goto(`/instructor/bank?q=${id}&preview=${id}`);
  const preview = page.getByRole("region", { name: `Preview of ${id}` });
  await expect(preview.getByRole("button", { name: "Check answer" })).toBeEnabled();
  return preview;
}

test("[INSTRUCTOR][BANK] filters the bank, lands on the results and previews a question, revealing the answer only on request", async ({ page, baseURL }) => {
  await signedInInstructor(page, baseURL!);
  await page.getByRole("link", { name: "Question bank" }).click();
  await expect(page.getByRole("heading", { name: "Question bank", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^\d{3} questions/ })).toBeVisible();
  await expectAccessible(page);

  // One word per thing: a Type is an answer's form, a Kind a topic, and no option reads like the other's.
  await expect(page.getByLabel("Type", { exact: true }).getByRole("option", { name: "Date answer" })).toHaveCount(1);
  await expect(page.getByLabel("Kind", { exact: true }).getByRole("option", { name: "Dates & timeline" })).toHaveCount(1);
  await page.getByLabel("Reading", { exact: true }).selectOption(SLUG);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Dates & timeline" });
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Date answer" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/reading=abe-all-in-2016.*type=date.*kind=date/);
  const heading = page.getByRole("heading", { name: /^\d{1,2} questions?$/ });
  await expect(heading).toBeVisible();
  // Focus goes to the results' heading, which names the count, rather than back to <body>.
  await expect(heading).toBeFocused();
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("date");
  await expect(page.getByRole("listitem").filter({ hasText: "dip-002" })).toContainText("Date answer · Kind: Dates & timeline · Easy");

  await page.getByRole("link", { name: "Preview dip-002" }).click();
  const preview = page.getByRole("region", { name: "Preview of dip-002" });
  await expect(preview).toContainText(`Reading: “${TITLE}”`);
  await expect(preview).toContainText("in which month and year did Russia annex Crimea?");
  await expect(preview).toContainText("Give the month and year.");
  await expect(preview.getByText("March 2014", { exact: true })).toBeHidden();
  await expect(preview.getByText(/temporarily on ice/)).toBeHidden();
  await expectAccessible(page);

  await preview.getByRole("button", { name: "Show answer" }).click();
  await expect(preview.getByText("March 2014", { exact: true })).toBeVisible();
  await expect(preview.getByText(/temporarily on ice/)).toBeVisible();
  const source = preview.getByRole("link", { name: `Open in “${TITLE}”` });
  await expect(source).toHaveAttribute("href", `/readings/${SLUG}#q-dip-002`);
  await expectAccessible(page);
});

test("[INSTRUCTOR][BANK] answers a typed question and a multiple-choice question in the preview and sees them checked", async ({ page, baseURL }) => {
  await signedInInstructor(page, baseURL!);
  const date = await openPreview(page, "dip-002");
  const box = date.getByRole("textbox", { name: "Your answer" });
  await box.fill("April 2014");
  await date.getByRole("button", { name: "Check answer" }).click();
  await expect(date.getByRole("status")).toHaveText("Not correct: the answer is below.");
  await expect(date.getByText("March 2014", { exact: true })).toBeVisible();
  // The bank's own matcher reads the forms students type.
  await box.fill("mar 2014");
  await expect(date.getByRole("status")).toHaveText("");
  await box.press("Enter");
  await expect(date.getByRole("status")).toHaveText("Correct.");

  const mcq = await openPreview(page, "dip-001");
  const options = mcq.getByRole("radio");
  await expect(options).toHaveCount(5);
  await mcq.getByRole("radio", { name: "March 2014" }).check();
  await mcq.getByRole("button", { name: "Check answer" }).click();
  await expect(mcq.getByRole("status")).toHaveText("Not correct: the answer is below.");
  await mcq.getByRole("radio", { name: "May 2016" }).check();
  await mcq.getByRole("button", { name: "Check answer" }).click();
  await expect(mcq.getByRole("status")).toHaveText("Correct.");
  await expectAccessible(page);
});

test("[INSTRUCTOR][BANK] answers matching and ordering questions with the keyboard alone", async ({ page, baseURL }) => {
  await signedInInstructor(page, baseURL!);
  const matching = await openPreview(page, "dip-056");
  // Both sides: each person is a labelled select whose options are the posts.
  const abe = matching.getByRole("combobox", { name: "Shinzo Abe" });
  await expect(abe.getByRole("option", { name: "President of Russia" })).toHaveCount(1);
  const pairs = {
    "Shinzo Abe": "Prime Minister of Japan",
    "Vladimir Putin": "President of Russia",
    "Hiroshige Seko": "Minister for economic cooperation with Russia and head of the Ministry of Economy, Trade, and Industry",
    "Dmitry Filippov": "PhD candidate in Japanese studies at the University of Sheffield",
  };
  for (const [left, right] of Object.entries(pairs)) await matching.getByRole("combobox", { name: left }).selectOption({ label: right });
  await matching.getByRole("button", { name: "Check answer" }).focus();
  await page.keyboard.press("Enter");
  await expect(matching.getByRole("status")).toHaveText("Correct.");

  const ordering = await openPreview(page, "dip-059");
  const correct = [
    "Russia annexes Crimea", "The Eastern Economic Forum is launched", "Abe visits Sochi",
    "Abe and Putin meet in Vladivostok on the sidelines of the EEF", "Putin is slated to meet Abe in Nagato on December 15",
  ];
  // Move each item up with the keyboard until it sits in its place; the list starts in a wrong order.
  for (const [place, item] of correct.entries()) {
    for (let guard = 0; guard < 6; guard++) {
      const texts = await ordering.getByRole("listitem").allTextContents();
      const at = texts.findIndex((t) => t.includes(item));
      if (at === place) break;
      await ordering.getByRole("button", { name: `Move “${item}” up` }).focus();
      await page.keyboard.press("Enter");
      await expect(page.locator(":focus")).toHaveAccessibleName(new RegExp(`^Move “${item}” (up|down)$`));
    }
  }
  await ordering.getByRole("button", { name: "Check answer" }).press("Enter");
  await expect(ordering.getByRole("status").last()).toHaveText("Correct.");
});

test("[INSTRUCTOR][BANK] on a phone the filters fold away behind a toggle and the results come first", async ({ page, baseURL }) => {
  await signedInInstructor(page, baseURL!);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/instructor/bank?reading=${SLUG}&type=mcq`);
  const toggle = page.getByRole("button", { name: "Filters (2 active)" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByLabel("Reading", { exact: true })).toBeHidden();
  const results = page.getByRole("heading", { name: /^\d+ questions/ });
  const box = (await results.boundingBox())!;
  expect(box.y + box.height).toBeLessThan(844);
  await expectNoSideways(page);
  await expectAccessible(page);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByLabel("Reading", { exact: true })).toHaveValue(SLUG);
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "True or false" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/type=true_false/);
  await expect(page.getByRole("heading", { name: /^\d+ questions?$/ })).toBeFocused();

  // At desktop width there is no toggle: the filters are simply there.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("button", { name: /^Filters/ })).toBeHidden();
  await expect(page.getByLabel("Reading", { exact: true })).toBeVisible();
});

test("[INSTRUCTOR][BANK] says so when nothing matches or the page is past the end", async ({ page, baseURL }) => {
  await signedInInstructor(page, baseURL!);
  await page.goto("/instructor/bank?page=99");
  await expect(page.getByText(/^Page 99 doesn’t exist: there are \d+ pages\.$/)).toBeVisible();
  await expect(page.getByText("No questions match")).toHaveCount(0);
  await page.getByRole("link", { name: "Go to the last page" }).click();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(/Page (\d+) of \1/);

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/instructor/bank?q=no-such-question-anywhere");
  await expect(page.getByText("No questions match these filters")).toBeVisible();
  await expectNoSideways(page);
  await expectAccessible(page);
  await page.getByRole("region", { name: "0 questions" }).getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("heading", { name: /^\d{3} questions/ })).toBeVisible();
});
