import { expect, test, type Page } from "@playwright/test";
import { createClassApi, expectAccessible, newAccount, signUpApi, signedInContext, signInUi } from "./helpers";

async function classWithTeacher(baseURL: string) {
  const teacher = await signUpApi(await signedInContext(baseURL), newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL, teacher));
  return { teacher, klass };
}

/** A student account already in another class (students sign up with a code). */
async function studentElsewhere(baseURL: string) {
  const { klass } = await classWithTeacher(baseURL);
  return signUpApi(await signedInContext(baseURL), newAccount("STUDENT"), klass.joinCode);
}

async function copiedInviteLink(page: Page, classId: string) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/instructor/classes/${classId}`);
  await page.getByRole("button", { name: "Copy invite link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test("[STUDENT][JOIN] a signed-in student opens the invite link, sees the class and joins with one click", async ({ page, baseURL, browser }) => {
  const { teacher, klass } = await classWithTeacher(baseURL!);
  const other = await createClassApi(await signedInContext(baseURL!, teacher));
  const student = await signUpApi(await signedInContext(baseURL!), newAccount("STUDENT"), other.joinCode);

  const teacherPage = await (await browser.newContext()).newPage();
  await signInUi(teacherPage, teacher);
  const link = await copiedInviteLink(teacherPage, klass.id);
  expect(link).toBe(`${baseURL}/join?code=${klass.joinCode}`);

  await signInUi(page, student);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${klass.name}`, level: 1 })).toBeVisible();
  await expect(page.getByText(`taught by ${teacher.name}`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Join ${klass.name}` }).click();

  await expect(page).toHaveURL(/\/student$/);
  await expect(page.getByRole("status").filter({ hasText: `You joined ${klass.name}.` })).toBeVisible();
  await expect(page.getByRole("heading", { name: klass.name })).toBeVisible(); // the class's card on Today

  // The message is said once; opening the link again says the student is already in.
  await page.reload();
  await expect(page.getByText(`You joined ${klass.name}.`)).toHaveCount(0);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: klass.name, level: 1 })).toBeVisible();
  await expect(page.getByText("You are already in this class.")).toBeVisible();
});

test("[STUDENT][JOIN] a signed-out visitor signs in from the invite link, comes back to it and joins", async ({ page, baseURL }) => {
  const { klass } = await classWithTeacher(baseURL!);
  const student = await studentElsewhere(baseURL!);

  await page.goto(`/join?code=${klass.joinCode}`);
  await expect(page.getByText(klass.name)).toHaveCount(0); // a code shows no class to someone not signed in
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Create a student account" })).toHaveAttribute("href", `/signup?code=${klass.joinCode}`);
  await page.getByRole("link", { name: "Sign in to join" }).click();

  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(`/join?code=${klass.joinCode}`)}`);
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(`/join?code=${klass.joinCode}`);
  await page.getByRole("button", { name: `Join ${klass.name}` }).click();
  await expect(page.getByText(`You joined ${klass.name}.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: klass.name })).toBeVisible(); // the class's card on Today
});

test("[STUDENT][JOIN] a signed-out visitor signs up from the invite link with the code filled in", async ({ page, baseURL }) => {
  const { klass } = await classWithTeacher(baseURL!);
  const student = newAccount("STUDENT");
  await page.goto(`/join?code=${klass.joinCode}`);
  await page.getByRole("link", { name: "Create a student account" }).click();
  await expect(page.getByLabel("Class join code")).toHaveValue(klass.joinCode);
  await page.getByLabel("Name").fill(student.name);
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: klass.name })).toBeVisible(); // the class's card on Today
});

test("[JOIN] a dead invite link explains itself; an instructor is told the link is for students", async ({ page, baseURL }) => {
  const { teacher, klass } = await classWithTeacher(baseURL!);
  const teacherApi = await signedInContext(baseURL!, teacher);
  expect((await teacherApi.patch(`/api/classes/${klass.id}`, { data: { archived: true } })).status()).toBe(200);
  const student = await studentElsewhere(baseURL!);
  await signInUi(page, student);

  for (const code of [klass.joinCode, "QQQQ-QQQQ", "not a code"]) {
    await page.goto(`/join?code=${encodeURIComponent(code)}`);
    await expect(page.getByRole("heading", { name: "This invite link does not work" })).toBeVisible();
    await expect(page.getByText(klass.name)).toHaveCount(0);
  }
  await expectAccessible(page);

  const teacherPage = await (await page.context().browser()!.newContext()).newPage();
  await signInUi(teacherPage, teacher);
  await teacherPage.goto(`/join?code=${klass.joinCode}`);
  await expect(teacherPage.getByText("This invite link is for students.")).toBeVisible();
});
