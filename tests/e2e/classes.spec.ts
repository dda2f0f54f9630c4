import { expect, test } from "@playwright/test";
import { createClassApi, expectAccessible, inviteApi, newAccount, signInUi, signUpApi, signedInContext, uniqueName } from "./helpers";

test("[INSTRUCTOR][CLASSES] signs up, creates a class and sees its join code", async ({ page }) => {
  const teacher = newAccount("INSTRUCTOR");
  await page.goto(await inviteApi(teacher.email)); // instructors sign up through an invitation (decision 007)
  await expectAccessible(page);
  await expect(page.getByLabel("Class join code")).toHaveCount(0);
  await expect(page.getByLabel("Email")).toHaveValue(teacher.email);
  await page.getByLabel("Name").fill(teacher.name);
  await page.getByLabel("Password").fill(teacher.password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await expect(page.getByText("No classes yet")).toBeVisible();
  await expectAccessible(page);

  const className = uniqueName("Seminar");
  await page.getByLabel("Class name").fill(className);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: className })).toBeVisible();
  await expect(page.getByTestId("join-code")).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.getByText("No students yet")).toBeVisible();
  await expectAccessible(page);
});

test("[STUDENT][CLASSES] signs up with the join code and appears in the instructor's roster", async ({ page, baseURL, browser }) => {
  const teacher = await signUpApi((await signedInContext(baseURL!)), newAccount("INSTRUCTOR"));
  const teacherApi = await signedInContext(baseURL!, teacher);
  const klass = await createClassApi(teacherApi);

  const student = newAccount("STUDENT");
  await page.goto(`/signup?code=${klass.joinCode.toLowerCase()}`);
  await page.getByLabel("Name").fill(student.name);
  await page.getByLabel("Email").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await expect(page.getByLabel("Class join code")).toHaveValue(klass.joinCode.toLowerCase());
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${student.name}` })).toBeVisible();
  await expect(page.getByText(klass.name)).toBeVisible();
  await expectAccessible(page);

  const teacherPage = await (await browser.newContext()).newPage();
  await signInUi(teacherPage, teacher);
  await teacherPage.goto(`/instructor/classes/${klass.id}`);
  const row = teacherPage.getByRole("region", { name: /^Roster/ }).getByRole("row", { name: new RegExp(student.name) }); // the progress table has a row too
  await expect(row).toContainText(student.email);
  await expect(teacherPage.getByRole("heading", { name: "Roster (1)" })).toBeVisible();
});

test("[STUDENT][CLASSES] joins a second class; a wrong code and a repeat join explain themselves", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const teacherApi = await signedInContext(baseURL!, teacher);
  const first = await createClassApi(teacherApi);
  const second = await createClassApi(teacherApi);
  const student = await signUpApi(await signedInContext(baseURL!), newAccount("STUDENT"), first.joinCode);
  await signInUi(page, student);
  await expect(page.getByRole("heading", { name: `Welcome, ${student.name}` })).toBeVisible();

  await page.getByLabel("Join code").fill("QQQQ-QQQQ");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("No open class has this join code")).toBeVisible();

  await page.getByLabel("Join code").fill(second.joinCode);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText(`You joined ${second.name}.`)).toBeVisible();
  await expect(page.getByText(second.name, { exact: true })).toBeVisible();

  await page.getByLabel("Join code").fill(second.joinCode);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("You are already in this class.")).toBeVisible();
});

test("[INSTRUCTOR][ROSTER] rotates the join code and removes a student, confirming in a dialog", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL!, teacher));
  const student = await signUpApi(await signedInContext(baseURL!), newAccount("STUDENT"), klass.joinCode);
  const browserDialogs: string[] = [];
  page.on("dialog", (d) => {
    browserDialogs.push(d.message());
    void d.dismiss();
  });

  await signInUi(page, teacher);
  await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  await page.getByRole("link", { name: klass.name }).click();
  const code = page.getByTestId("join-code");
  const before = await code.textContent();

  // The dialog opens on Cancel (the safe choice); Escape cancels and gives focus back to the button that opened it.
  const rotate = page.getByRole("button", { name: "Rotate code" });
  await rotate.click();
  const dialog = page.getByRole("dialog", { name: "Make a new join code?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(rotate).toBeFocused();
  await expect(code).toHaveText(before!);

  await rotate.click();
  await dialog.getByRole("button", { name: "Make a new code" }).click();
  await expect(code).not.toHaveText(before!);

  await page.getByRole("button", { name: `Remove ${student.name}` }).click();
  await page.getByRole("dialog", { name: `Remove ${student.name} from ${klass.name}?` }).getByRole("button", { name: "Remove student" }).click();
  await expect(page.getByText("No students yet")).toBeVisible();

  // the old code no longer admits anyone
  const res = await (await signedInContext(baseURL!)).post("/api/signup", { data: { ...newAccount("STUDENT"), joinCode: before } });
  expect(res.status()).toBe(400);

  // Archived: nothing to share or rotate, only the way back.
  await page.getByRole("button", { name: "Archive class" }).click();
  await page.getByRole("dialog", { name: `Archive ${klass.name}?` }).getByRole("button", { name: "Archive class" }).click();
  await expect(page.getByRole("heading", { name: "This class is archived" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Rotate code" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Copy invite link" })).toHaveCount(0);
  await expect(page.getByTestId("join-code")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Unarchive class" }).click();
  await expect(page.getByRole("button", { name: "Archive class" })).toBeVisible();
  await expect(code).toBeVisible();
  expect(browserDialogs).toEqual([]); // no window.confirm() anywhere
});

test("[INSTRUCTOR][CLASSES] the class list comes first; creating a class sits below it", async ({ page, baseURL }) => {
  const teacher = await signUpApi(await signedInContext(baseURL!), newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL!, teacher));
  await signInUi(page, teacher);
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.filter((h) => h === "Classes" || h === "Create a class")).toEqual(["Classes", "Create a class"]);
  await expect(page.getByRole("region", { name: "Classes" }).getByRole("link", { name: klass.name })).toBeVisible();
});
