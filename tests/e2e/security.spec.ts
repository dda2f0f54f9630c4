import { expect, test } from "@playwright/test";
import { PASSWORD, adminAccount, createClassApi, expectAccessible, inviteApi, newAccount, signInUi, signUpApi, signedInContext, uniqueName } from "./helpers";

// Issue 6, section 4: each finding of the outside review, as the request that found it.

test("[SECURITY] claiming to be an instructor at sign-up makes a student, or nothing", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacher = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const klass = await createClassApi(teacher);
  const claim = { ...newAccount("STUDENT"), role: "INSTRUCTOR" };
  expect((await anon.post("/api/signup", { data: { ...claim, joinCode: undefined } })).status()).toBe(400);
  const res = await anon.post("/api/signup", { data: { ...claim, joinCode: klass.joinCode } });
  expect(res.status()).toBe(201);
  expect((await res.json()).user.role).toBe("STUDENT");
  const me = await signedInContext(baseURL!, { ...claim, role: "STUDENT" });
  expect((await me.get("/api/questions/dip-001")).status()).toBe(403);
});

test("[ADMIN][INVITE] an admin invites an instructor, who signs up through the link once", async ({ page, browser }) => {
  const invitee = newAccount("INSTRUCTOR");
  await signInUi(page, adminAccount());
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("link", { name: "Administration" })).toHaveAttribute("aria-current", "page");
  await page.getByLabel("Their email address").fill(invitee.email);
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/signup\?invite=[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByText(invitee.email, { exact: true })).toBeVisible();
  await expectAccessible(page);

  const guest = await browser.newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { name: "Create your instructor account" })).toBeVisible();
  await expect(guest.getByLabel("Email")).toHaveValue(invitee.email);
  await expect(guest.getByLabel("Class join code")).toHaveCount(0);
  await expect(guest.getByRole("radio")).toHaveCount(0); // no role picker
  await guest.getByLabel("Name").fill(invitee.name);
  await guest.getByLabel("Password").fill(invitee.password);
  await guest.getByRole("button", { name: "Create account" }).click();
  await guest.waitForURL(/\/instructor$/);
  await expect(guest.getByRole("heading", { name: "Your classes" })).toBeVisible();

  // used up: the same link now explains itself, and the admin page lists the new instructor
  const again = await browser.newPage();
  await again.goto(link);
  await expect(again.getByText("This invitation link has expired, was revoked or was already used.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Instructors" }).getByText(invitee.email)).toBeVisible();
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByText(invitee.email)).toHaveCount(0);
});

test("[INSTRUCTOR][INVITE] an instructor invites a colleague and revokes the invitation; the link then fails", async ({ page, baseURL }) => {
  page.on("dialog", (d) => d.accept());
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const colleague = newAccount("INSTRUCTOR");
  await signInUi(page, teacher);
  await page.getByRole("link", { name: "Invite a colleague" }).click();
  await expect(page.getByRole("heading", { name: "Invite a colleague" })).toBeVisible();
  await page.getByLabel("Their email address").fill(colleague.email);
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = new URL(await page.getByLabel("Invitation link").inputValue());
  await page.getByRole("button", { name: `Revoke the invitation for ${colleague.email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No pending invitations")).toBeVisible();
  await expectAccessible(page);

  const token = link.searchParams.get("invite");
  const anon = await signedInContext(baseURL!);
  const res = await anon.post("/api/signup", { data: { name: colleague.name, email: colleague.email, password: PASSWORD, invitation: token } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.fields.invitation).toMatch(/revoked/);
});

test("[SECURITY] a forged X-Forwarded-For neither evades the sign-in lock nor moves it to someone else", async ({ baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const ctx = await signedInContext(baseURL!);
  const attempt = async (password: string, forged: string) => {
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    const res = await ctx.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: teacher.email, password, json: "true" },
      headers: { "x-forwarded-for": forged },
    });
    return decodeURIComponent((await res.json()).url ?? "");
  };
  for (let i = 1; i <= 5; i++) expect(await attempt("wrong-password-here", `203.0.113.${i}`)).toContain("Invalid email or password");
  expect(await attempt(teacher.password, "198.51.100.77")).toContain("Too many failed sign-ins");
});

test("[SECURITY] pages carry a nonce CSP and still hydrate; answers are never cached", async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
  const res = await page.goto("/login");
  const csp = res?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled(); // enabled only once React has hydrated
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  await signInUi(page, teacher);
  await page.goto("/instructor/bank");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);

  const api = await signedInContext(baseURL!, teacher);
  for (const url of ["/api/questions/dip-001", "/api/readings/abe-all-in-2016/export?format=csv", "/api/auth/session"]) {
    expect((await api.get(url)).headers()["cache-control"], url).toContain("no-store");
  }
});

test("[SECURITY] NextAuth endpoints: no 500s from callbackUrl, no log writing, no GET callback", async ({ baseURL }) => {
  const ctx = await signedInContext(baseURL!);
  expect((await ctx.get("/api/auth/callback/credentials")).status()).toBe(404);
  expect((await ctx.post("/api/auth/_log", { form: { code: "INJECTED", level: "error", message: "hello log" } })).status()).toBe(404);
  expect((await ctx.get("/api/auth/signin?callbackUrl=instructor")).status()).toBe(400);
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  for (const callbackUrl of ["instructor", `/${"a".repeat(60_000)}`, "https://evil.example/steal"]) {
    const res = await ctx.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: `nobody-${Date.now()}@example.com`, password: "not-my-password", callbackUrl, json: "true" },
    });
    expect(res.status(), callbackUrl.slice(0, 30)).toBeLessThan(500);
    const url = (await res.json()).url as string;
    expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  }
  const withCookie = await ctx.get("/api/auth/session", { headers: { cookie: "next-auth.callback-url=not%20a%20url" } });
  expect(withCookie.status()).toBe(400);
});

test("[SECURITY] bodyless writes must say JSON too", async ({ baseURL }) => {
  const teacher = await signedInContext(baseURL!, await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR")));
  const klass = await createClassApi(teacher);
  expect((await teacher.post(`/api/classes/${klass.id}/join-code`)).status()).toBe(415);
  expect((await teacher.post(`/api/classes/${klass.id}/join-code`, { headers: { "content-type": "text/plain" } })).status()).toBe(415);
  expect((await teacher.post(`/api/classes/${klass.id}/join-code`, { data: {} })).status()).toBe(200);
});

test("[SECURITY] guessable passwords are refused at sign-up, with every problem at once", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const klass = await createClassApi(await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR"))));
  const account = newAccount("STUDENT", "Mika Tanaka");
  for (const password of ["        ", "aaaaaaaa", "abcdefgh", account.email, account.email.split("@")[0], "mikatanaka", "lectern-demo-2026"]) {
    const res = await anon.post("/api/signup", { data: { ...account, password, joinCode: klass.joinCode } });
    expect(res.status(), password).toBe(400);
    expect((await res.json()).error.fields.password, password).toBeTruthy();
  }
  const all = await anon.post("/api/signup", { data: { name: "", email: "not-an-email", password: "abcdefgh" } });
  expect(Object.keys((await all.json()).error.fields).sort()).toEqual(["email", "joinCode", "name", "password"]);
});

test("[SECURITY] join-code guessing is rate limited per student", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const klass = await createClassApi(await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR"))));
  const other = await createClassApi(await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR"))));
  const student = await signedInContext(baseURL!, await signUpApi(anon, newAccount("STUDENT"), klass.joinCode));
  for (let i = 0; i < 10; i++) expect((await student.post("/api/enrollments", { data: { joinCode: `ZZZZ-ZZZ${"23456789"[i % 8]}` } })).status()).toBe(400);
  const refused = await student.post("/api/enrollments", { data: { joinCode: other.joinCode } });
  expect(refused.status()).toBe(429);
  expect((await refused.json()).error.message).toMatch(/Too many wrong join codes/);
});

test("[AUTH] the sign-up form shows every problem at once and links to sign-in for a taken email", async ({ page, baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const klass = await createClassApi(await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR"))));
  const taken = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  await page.goto("/signup");
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/Please fix the \d problems below/)).toBeVisible();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByText("Students need a class join code from their instructor.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Name").fill(uniqueName("Student"));
  await page.getByLabel("Email").fill(taken.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Class join code").fill(klass.joinCode);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("link", { name: "Sign in instead." }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test("[ADMIN] an administrator's home is /admin, and they can teach too", async ({ page }) => {
  await signInUi(page, adminAccount());
  await page.getByRole("link", { name: "Lectern" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Classes" }).click();
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  expect((await page.goto("/student"))?.status()).toBe(404);
  expect(await inviteApi(`from-admin-${Date.now()}@example.com`)).toMatch(/^\/signup\?invite=/);
});
