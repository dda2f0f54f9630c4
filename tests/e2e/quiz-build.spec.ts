import { expect, test, type APIRequestContext } from "@playwright/test";
import { createClassApi, expectAccessible, newAccount, signInUi, signUpApi, signedInContext } from "./helpers";

// The instructor's side of timed quizzes (issue 8): build, preview, publish, accommodate, mark and regrade.

async function classWithStudent(baseURL: string) {
  const anon = await signedInContext(baseURL);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const teacherApi = await signedInContext(baseURL, teacher);
  const klass = await createClassApi(teacherApi);
  const student = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  return { teacher, teacherApi, klass, student, studentApi: await signedInContext(baseURL, student) };
}

async function quizState(api: APIRequestContext, quizId: string) {
  const res = await api.get(`/api/quizzes/${quizId}`);
  expect(res.status()).toBe(200);
  return (await res.json()).quiz;
}

test("[INSTRUCTOR][QUIZ] builds a quiz from picked questions and a pool, sets it up, previews it (nothing recorded) and publishes it", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const { teacher, teacherApi, klass } = await classWithStudent(baseURL!);
  await signInUi(page, teacher);
  await page.goto(`/instructor/classes/${klass.id}`);
  await expect(page.getByRole("region", { name: "Quizzes" }).getByText("No quizzes yet")).toBeVisible();
  await page.getByRole("link", { name: "New quiz" }).click();
  await page.getByLabel("Title").fill("Week 1 check");
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { name: /Week 1 check/ })).toBeVisible();
  const quizId = page.url().split("/").pop()!;
  await expectAccessible(page);

  // two picked questions, then a pool of MCQs with its live count; a pool that cannot be drawn is not offered
  const pick = page.getByRole("region", { name: "Pick questions" });
  await pick.getByRole("button", { name: /^Add/ }).first().click();
  await pick.getByRole("button", { name: /^Add/ }).first().click();
  await page.getByLabel("Types", { exact: true }).selectOption(["mcq"]);
  await expect(page.getByRole("status").filter({ hasText: /This pool matches \d+ questions/ })).toBeVisible();
  await page.getByLabel("Questions to draw").fill("500");
  await expect(page.getByRole("button", { name: "Add pool" })).toBeDisabled();
  await expect(page.getByText(/not enough to draw 500/)).toBeVisible();
  await page.getByLabel("Questions to draw").fill("2");
  await page.getByRole("button", { name: "Add pool" }).click();
  await page.getByRole("button", { name: "Save questions" }).click();
  await expect(page.getByText("Questions saved")).toBeVisible();

  // settings: 15 minutes, 2 attempts, latest attempt counts, the right answer never shown
  await page.getByLabel("Time limit (minutes)").fill("15");
  await page.getByLabel("Attempts allowed", { exact: true }).fill("2");
  await page.getByLabel("Grade", { exact: true }).selectOption("latest");
  await page.getByLabel("Right answer").selectOption("never");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();
  const saved = await quizState(teacherApi, quizId);
  expect(saved).toMatchObject({ timeLimitSeconds: 900, attemptsAllowed: 2, gradingMethod: "latest", reviewOptions: { answer: "never", score: "immediately" }, status: "draft" });
  expect(saved.slots).toHaveLength(3);
  expect(saved.slots[2]).toEqual({ pool: { types: ["mcq"] }, count: 2, points: 1 });

  // preview: four questions as a student sees them, checked on the server, nothing recorded
  await page.getByRole("link", { name: "Preview as a student" }).click();
  await expect(page.getByText(/^Question \d/)).toHaveCount(4);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Check answers" }).click();
  await expect(page.getByText(/Score: [\d.]+ of 4 \(preview: nothing was recorded\)/)).toBeVisible();
  expect((await quizState(teacherApi, quizId)).attempts).toBe(0);

  // publish
  await page.getByRole("link", { name: "Week 1 check" }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("heading", { name: /Published · open/ })).toBeVisible();
  expect((await quizState(teacherApi, quizId)).status).toBe("open");
});

test("[INSTRUCTOR][QUIZ] sets a student's accommodation from the roster", async ({ page, baseURL }) => {
  const { teacher, klass, student } = await classWithStudent(baseURL!);
  await signInUi(page, teacher);
  await page.goto(`/instructor/classes/${klass.id}`);
  // the roster's row (the progress table lists the student too)
  const row = page.getByRole("region", { name: /^Roster/ }).getByRole("row", { name: new RegExp(student.name) });
  await row.getByRole("button", { name: `Add accommodation for ${student.name}` }).click();
  const form = page.getByRole("form", { name: `Accommodation for ${student.name}` });
  await form.getByLabel("Time multiplier").fill("1.5");
  await form.getByLabel("Extra minutes").fill("10");
  await form.getByLabel("Note").fill("Letter from disability services");
  await form.getByRole("button", { name: "Save accommodation" }).click();
  await expect(row).toContainText("×1.5 time, +10 min");
  await expect(row).toContainText("Letter from disability services");
  await expectAccessible(page);
});

test("[INSTRUCTOR][QUIZ] overrides a mark, then regrades after correcting a question; the student sees the new score", async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const { teacher, teacherApi, klass, studentApi } = await classWithStudent(baseURL!);
  // dip-012's key is METI; the student answers "Foreign Affairs", which the correction below makes right.
  const body = { title: "Regrade quiz", readings: ["abe-all-in-2016"], shuffleQuestions: false, slots: [{ questionId: "dip-012", points: 1 }, { questionId: "dip-004", points: 1 }] };
  const { quiz } = await (await teacherApi.post(`/api/classes/${klass.id}/quizzes`, { data: body })).json();
  expect((await teacherApi.post(`/api/quizzes/${quiz.id}/publish`, { data: {} })).status()).toBe(200);
  const { attemptId } = await (await studentApi.post(`/api/quizzes/${quiz.id}/attempts`, { data: {} })).json();
  expect((await studentApi.put(`/api/attempts/${attemptId}/items/1`, { data: { response: "The Ministry of Foreign Affairs", seq: 1 } })).status()).toBe(200);
  expect((await studentApi.post(`/api/attempts/${attemptId}/submit`, { data: {} })).status()).toBe(200);

  await signInUi(page, teacher);
  await page.goto(`/instructor/classes/${klass.id}/quizzes/${quiz.id}/attempts`);
  await expect(page.getByRole("row").filter({ hasText: "Attempt 1" })).toContainText("0 / 2");
  await page.getByRole("link", { name: /Attempt 1 by/ }).click();
  await expect(page.getByRole("heading", { name: /attempt 1 of “Regrade quiz”/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Mark for question 2 (of 1)").fill("0.5");
  await page.getByLabel("Comment for question 2").fill("Named the right talks, wrong aim");
  await page.getByRole("button", { name: "Save mark for question 2" }).click();
  await expect(page.getByText(/set by an instructor: “Named the right talks, wrong aim”/)).toBeVisible();
  await expect(page.getByText(/score 0\.5 of 2/)).toBeVisible();
  await page.getByText("History of this mark").click();
  await expect(page.getByText(/changed automatic → 0\.5/)).toBeVisible();

  // the instructor corrects dip-012 (their own copy of it now, decision 008), then regrades
  const shipped = await (await teacherApi.get("/api/questions/dip-012")).json();
  const edit = await teacherApi.put("/api/questions/dip-012", { data: { expectedVersion: shipped.version, question: { ...shipped.question, answer: "The Ministry of Foreign Affairs" } } });
  expect(edit.status(), await edit.text()).toBe(201);
  await page.goto(`/instructor/classes/${klass.id}/quizzes/${quiz.id}/attempts`);
  await page.getByLabel("Question", { exact: true }).selectOption("dip-012");
  await page.getByRole("button", { name: "Regrade" }).click();
  await expect(page.getByText(/1 answer\(s\) re-marked, 1 changed, in 1 attempt/)).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Attempt 1" })).toContainText("1.5 / 2");
  // a second regrade changes nothing
  await page.getByRole("button", { name: "Regrade" }).click();
  await expect(page.getByText(/0 answer\(s\) re-marked/)).toBeVisible();

  const studentPage = await (await page.context().browser()!.newContext()).newPage();
  await studentPage.context().addCookies(await studentApi.storageState().then((s) => s.cookies));
  await studentPage.goto(`${baseURL}/student/attempts/${attemptId}/review`);
  await expect(studentPage.getByText("Score: 1.5 / 2")).toBeVisible();
});
