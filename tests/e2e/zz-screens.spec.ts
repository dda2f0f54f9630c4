import { expect, test } from "@playwright/test";
import { signedInInstructor } from "./helpers";

test.beforeEach(() => test.setTimeout(240_000));

test("screens", async ({ page, baseURL }) => {
  await signedInInstructor(page, baseURL!);
  const shots: [string, string][] = [
    ["bank", "/instructor/bank?reading=abe-all-in-2016&type=mcq&preview=dip-001"],
    ["bank-match", "/instructor/bank?q=dip-056&preview=dip-056"],
    ["bank-order", "/instructor/bank?q=dip-059&preview=dip-059"],
    ["bank-99", "/instructor/bank?page=99"],
    ["readings", "/readings"],
    ["edit", "/instructor/questions/dip-001/edit"],
  ];
  for (const [w, h] of [[1280, 800], [390, 844]]) {
    await page.setViewportSize({ width: w, height: h });
    for (const [name, url] of shots) {
      await page.goto(url);
      await expect(page.locator("h1")).toBeVisible();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `/tmp/ux1-${name}-${w}.png`, fullPage: name !== "edit" && name !== "readings" });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/instructor/bank?reading=abe-all-in-2016&type=mcq");
  await page.getByText("Export questions").click();
  await page.screenshot({ path: "/tmp/ux1-exports-1280.png" });
  await page.goto("/instructor/bank?q=dip-002&preview=dip-002");
  await page.getByRole("textbox", { name: "Your answer" }).fill("april 2014");
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.screenshot({ path: "/tmp/ux1-checked-1280.png", fullPage: true });
  // Pre-hydration look: JS disabled context
  const ctx = await page.context().browser()!.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const p2 = await ctx.newPage();
  await p2.goto(`${baseURL}/login`);
  await p2.screenshot({ path: "/tmp/ux1-login-nojs-390.png" });
  await p2.goto(`${baseURL}/instructor/bank`);
  await p2.screenshot({ path: "/tmp/ux1-bank-nojs-390.png" });
  await ctx.close();
});
