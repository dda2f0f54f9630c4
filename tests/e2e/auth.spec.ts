import { expect, test } from "@playwright/test";
import { createClassApi, expectAccessible, newAccount, signInUi, signUpApi, signedInContext, submitSignIn } from "./helpers";

test("[AUTH] a wrong password and an unknown email get the same generic error", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const res = await page.goto("/login");
  expect(res?.headers()).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff" });
  await expectAccessible(page);
  await submitSignIn(page, { email: teacher.email, password: "not-my-password" });
  await expect(page.getByText("Invalid email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await submitSignIn(page, { email: `nobody-${Date.now()}@example.com`, password: "not-my-password" });
  await expect(page.getByText("Invalid email or password.")).toBeVisible();
  await expectAccessible(page);
});

test("[AUTH] anonymous visitors are sent to sign in; sign out ends the session", async ({ page, baseURL }) => {
  await page.goto("/instructor");
  await expect(page).toHaveURL(/\/login$/);

  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  await signInUi(page, teacher);
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/instructor");
  await expect(page).toHaveURL(/\/login$/);
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
});

test("[STUDENT][ACCESS] a student cannot open an instructor's class page", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL!, teacher));
  const student = await signUpApi(await signedInContext(baseURL!), newAccount("STUDENT"), klass.joinCode);
  await signInUi(page, student);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();

  const res = await page.goto(`/instructor/classes/${klass.id}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(klass.joinCode.slice(0, 4))).toHaveCount(0);
  await expectAccessible(page);
});

test("[AUTH] sign-up refuses a common password with a clear message", async ({ page }) => {
  const student = newAccount("STUDENT");
  await page.goto("/signup");
  await page.getByLabel("Name").fill(student.name);
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill("password123");
  await page.getByLabel("Class join code").fill("ABCD-2345");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/signup/);
});

test("[AUTH] after sign-out, a copy of the old session cookie is worthless on every node", async ({ baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const device = await signedInContext(baseURL!, teacher);
  const copied = (await device.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const withCopy = { headers: { cookie: copied } };
  const thief = await signedInContext(baseURL!);
  expect((await thief.post("/api/classes", { ...withCopy, data: { name: "Before sign-out" } })).status()).toBe(201);

  const { csrfToken } = await (await device.get("/api/auth/csrf")).json();
  await device.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });

  expect(await (await thief.get("/api/auth/session", withCopy)).json()).toEqual({});
  expect((await thief.post("/api/classes", { ...withCopy, data: { name: "After sign-out" } })).status()).toBe(401);
  const page = await thief.get("/instructor", { ...withCopy, maxRedirects: 0 });
  expect(page.headers()["location"]).toMatch(/\/login$/);
  // signing in again works
  expect((await (await signedInContext(baseURL!, teacher)).post("/api/classes", { data: { name: "New session" } })).status()).toBe(201);
});
