import { expect, test } from "@playwright/test";
import { newAccount, signUpApi, signedInContext } from "./helpers";

test("[AUTH] a signed-out instructor opening a deep link signs in and lands on that page", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  await page.goto("/instructor/bank?kind=date");
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent("/instructor/bank?kind=date")}`);
  await page.getByLabel("Email").fill(teacher.email);
  await page.getByLabel("Password").fill(teacher.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL("/instructor/bank?kind=date");
  await expect(page.getByRole("heading", { name: "Question bank", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("date");
});

test("[AUTH] a callbackUrl that leaves the site is ignored: sign-in goes home", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  for (const target of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel("Email").fill(teacher.email);
    await page.getByLabel("Password").fill(teacher.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page, target).toHaveURL("/instructor");
  }
});

test("[AUTH] a signed-in visitor on the sign-in page goes straight to the page it names, or home", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const api = await signedInContext(baseURL!, teacher);
  const toReadings = await api.get(`/login?callbackUrl=${encodeURIComponent("/readings")}`, { maxRedirects: 0 });
  expect(toReadings.headers()["location"]).toMatch(/^(http:\/\/[^/]+)?\/readings$/);
  const away = await api.get(`/login?callbackUrl=${encodeURIComponent("//evil.example")}`, { maxRedirects: 0 });
  expect(away.headers()["location"]).toMatch(/^(http:\/\/[^/]+)?\/$/);
  // Garbage in the parameter is a sign-in page, never an error.
  for (const query of ["callbackUrl=%00", "callbackUrl=a&callbackUrl=b", `callbackUrl=${"x".repeat(5000)}`]) {
    const res = await page.request.get(`/login?${query}`, { maxRedirects: 0 });
    expect(res.status(), query).toBe(200);
  }
});
