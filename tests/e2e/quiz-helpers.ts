// A class with a published quiz over the test's own questions, for the quiz specs: the instructor and students sign up
// through the API; the reading, questions and quiz are written through tests/factories.ts (the quiz editor is not
// what these specs test).
import { expect, type Page, type Response } from "@playwright/test";
import { prisma } from "@/lib/db";
import { createQuestionForTest, createQuizForTest, createReadingForTest } from "@/tests/factories";
import { createClassApi, newAccount, signUpApi, signedInContext, type Account } from "./helpers";

export type QuestionSpec = { type: string; prompt: string; fields: Record<string, unknown>; explanation?: string; quote?: string };

export async function quizClass(baseURL: string, { students = 1, questions, ...settings }: { students?: number; questions: QuestionSpec[] } & Omit<Parameters<typeof createQuizForTest>[1], "classId">) {
  const anon = await signedInContext(baseURL);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL, teacher));
  const accounts: Account[] = [];
  for (let i = 0; i < students; i++) accounts.push(await signUpApi(anon, newAccount("STUDENT"), klass.joinCode));
  const reading = await createReadingForTest(prisma);
  const made = [];
  for (const q of questions) made.push(await createQuestionForTest(prisma, { reading, ...q }));
  const quiz = await createQuizForTest(prisma, { classId: klass.id, readingIds: [reading.id], questionIds: made.map((q) => q.id), shuffleQuestions: false, ...settings });
  return { klass, quiz, reading, students: accounts };
}

/** Waits for the page's save of the question at `position` to be acknowledged. */
export function savedResponse(page: Page, position?: number): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === "PUT" && /\/api\/attempts\/[^/]+\/items\/\d+$/.test(r.url()) && (position === undefined || r.url().endsWith(`/items/${position}`)) && r.ok());
}

export async function startQuizUi(page: Page, title: string) {
  await page.goto("/student");
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: /Start quiz|Start another attempt/ }).click();
  await page.waitForURL(/\/student\/attempts\/[^/]+$/);
  await expect(page.getByRole("navigation", { name: "Questions" })).toBeVisible();
  return page.url().split("/").pop()!;
}
