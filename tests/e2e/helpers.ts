import AxeBuilder from "@axe-core/playwright";
import { expect, request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";

export const PASSWORD = "correct-battery-staple-42";

export type Account = { email: string; password: string; name: string; role: "INSTRUCTOR" | "STUDENT" | "ADMIN" };

export function uniqueName(prefix: string) {
  return `${prefix} ${randomBytes(3).toString("hex")}`;
}

export function newAccount(role: Account["role"], name = uniqueName(role === "INSTRUCTOR" ? "Teacher" : "Student")): Account {
  return { email: `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`, password: PASSWORD, name, role };
}

/** The run's administrator, made by tests/e2e/global-setup.ts with `npm run admin:create`. */
export function adminAccount(): Account {
  const { E2E_ADMIN_EMAIL: email, E2E_ADMIN_PASSWORD: password } = process.env;
  if (!email || !password) throw new Error("No e2e administrator: run the e2e tests through `npm test` (tests/e2e/global-setup.ts).");
  return { email, password, name: "E2E Admin", role: "ADMIN" };
}

const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
let adminApi: Promise<APIRequestContext> | undefined;

/** An invitation link path (`/signup?invite=…`) for `email`, issued by the run's administrator. */
export async function inviteApi(email: string, by?: APIRequestContext): Promise<string> {
  const inviter = by ?? (await (adminApi ??= signedInContext(BASE_URL, adminAccount())));
  const res = await inviter.post("/api/invitations", { data: { email } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).path;
}

/**
 * Creates an account through the public sign-up endpoint, as the sign-up form does: a student with the join code, an
 * instructor with an invitation the run's administrator issues first (instructors join only by invitation).
 */
export async function signUpApi(request: APIRequestContext, account: Account, joinCode?: string) {
  const invitation = account.role === "INSTRUCTOR" ? new URLSearchParams((await inviteApi(account.email)).split("?")[1]).get("invite") : undefined;
  const res = await request.post("/api/signup", { data: { name: account.name, email: account.email, password: account.password, joinCode, invitation } });
  expect(res.status(), await res.text()).toBe(201);
  return account;
}

/** A request context signed in through NextAuth's credentials endpoint (CSRF token and all), for API-level checks. */
export async function signedInContext(baseURL: string, account?: Account): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  if (!account) return ctx;
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(res.status());
  const session = await (await ctx.get("/api/auth/session")).json();
  expect(session.user?.email).toBe(account.email);
  return ctx;
}

/** Fills and submits the sign-in form, whatever the outcome. */
export async function submitSignIn(page: Page, account: Pick<Account, "email" | "password">) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form and waits until the app has taken the user to their home page. */
export async function signInUi(page: Page, account: Pick<Account, "email" | "password">) {
  await submitSignIn(page, account);
  await page.waitForURL((url) => ["/instructor", "/student", "/admin"].includes(url.pathname));
}

/** WCAG 2.1 A/AA via axe: no serious or critical violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function createClassApi(request: APIRequestContext, name = uniqueName("Class")) {
  const res = await request.post("/api/classes", { data: { name } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).class as { id: string; name: string; joinCode: string };
}

/** A new instructor, signed in through the form on `page`. */
export async function signedInInstructor(page: Page, baseURL: string) {
  const teacher = await signUpApi(await signedInContext(baseURL), newAccount("INSTRUCTOR"));
  await signInUi(page, teacher);
  return teacher;
}

/** The page fits the viewport's width: nothing scrolls sideways (phones). Polled: after a viewport change, charts
 * (recharts' ResponsiveContainer) take their new width on the next resize observation, not at once. */
export async function expectNoSideways(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 5_000 }).toBe(true);
}

export const FLASHCARD_READING = { slug: "abe-all-in-2016", title: "Shinzo Abe Going All In on Improving Japan-Russia Ties" };

/** A class with one student and the reading assigned (due in a week); four new cards a day keep the session short. */
export async function classWithAssignedReading(baseURL: string) {
  const anon = await signedInContext(baseURL);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const teacherApi = await signedInContext(baseURL, teacher);
  const klass = await createClassApi(teacherApi);
  const student = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  const settings = await teacherApi.put(`/api/classes/${klass.id}/srs-settings`, {
    data: { desiredRetention: 0.9, newPerDay: 4, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], maximumInterval: 365 },
  });
  expect(settings.status(), await settings.text()).toBe(200);
  const assigned = await teacherApi.post(`/api/classes/${klass.id}/assignments`, {
    data: { readingSlug: FLASHCARD_READING.slug, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
  });
  expect(assigned.status(), await assigned.text()).toBeLessThan(300);
  return { anon, teacher, teacherApi, klass, student };
}
