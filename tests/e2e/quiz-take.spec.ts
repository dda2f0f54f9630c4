import { expect, test } from "@playwright/test";
import { expectAccessible, signInUi, signedInContext } from "./helpers";
import { quizClass, savedResponse, startQuizUi } from "./quiz-helpers";

const THREE = [
  { type: "mcq", prompt: "Which city hosted the May 2016 meeting?", fields: { options: ["Sochi", "Nagato", "Tokyo", "Vladivostok"], answer: "Sochi" } },
  { type: "short", prompt: "Name the islands in dispute.", fields: { answer: "Kuril Islands", accept: ["Kurils"] } },
  { type: "true_false", prompt: "The meeting took place in 2016.", fields: { answer: true } },
];

test("[QUIZ] the Today page lists the quiz; the student answers, reloads mid-way, resumes with every answer, submits and sees the review", async ({ page, baseURL }) => {
  const { quiz, students } = await quizClass(baseURL!, { questions: THREE, title: `Quiz on Abe ${Date.now()}`, timeLimitSeconds: 900, closesAt: new Date(Date.now() + 86_400_000), attemptsAllowed: 2 });
  await signInUi(page, students[0]);
  const today = page.getByRole("region", { name: "Quizzes" });
  await expect(today.getByText(/Closes tomorrow at|Closes today at/)).toBeVisible();
  await expect(today.getByText("2 attempts left")).toBeVisible();
  await startQuizUi(page, quiz.title);
  await expect(page.getByText("Question 1 of 3")).toBeVisible();
  await expect(page.getByRole("timer")).toHaveText(/^1[45]:\d\d$/);
  await expect(page.getByRole("heading", { name: quiz.title })).toBeVisible();

  const first = savedResponse(page, 1);
  await page.getByRole("radio", { name: /Sochi/ }).check();
  await first;
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  const second = savedResponse(page, 2);
  await page.getByLabel("Your answer").fill("Kurils");
  await second;
  await page.getByRole("checkbox", { name: "Flag for review" }).check();
  await expect(page.getByRole("button", { name: "Question 2, answered, flagged" })).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 2, answered, flagged" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 3, unanswered" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Sochi/ })).toBeChecked();
  await page.getByRole("button", { name: "Question 2, answered, flagged" }).click();
  await expect(page.getByLabel("Your answer")).toHaveValue("Kurils");
  await page.getByRole("button", { name: "Question 3, unanswered" }).click();
  const third = savedResponse(page, 3);
  await page.getByRole("radio", { name: "False" }).check();
  await third;

  await page.getByRole("button", { name: "Submit attempt" }).click();
  await page.waitForURL(/\/review$/);
  await expect(page.getByText("Score: 2 / 3")).toBeVisible();
  await expect(page.getByText("Right answer: Kuril Islands")).toBeVisible();
  await expect(page.getByText("Incorrect · 0 / 1")).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/student/quizzes/${quiz.id}`);
  await expect(page.getByText("Score 2 / 3")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start another attempt" })).toBeVisible();
});

test("[QUIZ] at the deadline the page submits on its own; answers after it are refused", async ({ page, baseURL }) => {
  const { quiz, students } = await quizClass(baseURL!, { questions: THREE, timeLimitSeconds: 12 });
  await signInUi(page, students[0]);
  const attemptId = await startQuizUi(page, quiz.title);
  const saved = savedResponse(page, 1);
  await page.getByRole("radio", { name: /Sochi/ }).check();
  await saved;
  await page.waitForURL(/\/review$/, { timeout: 30_000 });
  await expect(page.getByText(/automatically when the time ran out/)).toBeVisible();
  await expect(page.getByText("Score: 1 / 3")).toBeVisible();
  const api = await signedInContext(baseURL!, students[0]);
  const late = await api.put(`/api/attempts/${attemptId}/items/2`, { data: { response: "Kurils", seq: 9 } });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.message).toMatch(/already been submitted/);
});

test("[QUIZ][AUTHZ] student B cannot open, read, save to or submit student A's attempt (404)", async ({ page, baseURL }) => {
  const { quiz, students } = await quizClass(baseURL!, { questions: THREE, students: 2, timeLimitSeconds: 600 });
  const a = await signedInContext(baseURL!, students[0]);
  const started = await a.post(`/api/quizzes/${quiz.id}/attempts`, { data: {} });
  expect(started.status()).toBe(200);
  const { attemptId } = await started.json();
  const b = await signedInContext(baseURL!, students[1]);
  expect((await b.get(`/api/attempts/${attemptId}`)).status()).toBe(404);
  expect((await b.put(`/api/attempts/${attemptId}/items/1`, { data: { response: "Tokyo", seq: 1 } })).status()).toBe(404);
  expect((await b.post(`/api/attempts/${attemptId}/submit`, { data: {} })).status()).toBe(404);
  expect((await b.post(`/api/attempts/${attemptId}/events`, { data: { kind: "connection_lost" } })).status()).toBe(404);
  await signInUi(page, students[1]);
  expect((await page.goto(`/student/attempts/${attemptId}`))!.status()).toBe(404);
  expect((await page.goto(`/student/attempts/${attemptId}/review`))!.status()).toBe(404);
  // A's attempt is untouched and still open
  const state = await (await a.get(`/api/attempts/${attemptId}`)).json();
  expect(state.state).toBe("in_progress");
  expect(state.items[0].response).toBeNull();
});
