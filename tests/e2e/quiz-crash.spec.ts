import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { prisma } from "@/lib/db";
import { signInUi, signedInContext } from "./helpers";
import { quizClass, savedResponse, startQuizUi } from "./quiz-helpers";

// Kill the app process (SIGKILL: no shutdown hook runs) in the middle of a quiz, start it again, and resume: every
// answer the server acknowledged is there, and an answer given while the server was down is saved once it is back.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function startApp(port: number, sweepMs = 0): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env: { ...process.env, NEXTAUTH_URL: `http://localhost:${port}`, QUIZ_SWEEP_INTERVAL_MS: String(sweepMs) },
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://localhost:${port}/login`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGKILL");
  throw new Error("the app did not start");
}

test("[QUIZ][SCALE] SIGKILL the app mid-quiz, restart it, resume: every acknowledged answer is there", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { quiz, students } = await quizClass(baseURL!, {
    timeLimitSeconds: 1800,
    questions: [
      { type: "short", prompt: "First question?", fields: { answer: "one", accept: [] } },
      { type: "short", prompt: "Second question?", fields: { answer: "two", accept: [] } },
      { type: "short", prompt: "Third question?", fields: { answer: "three", accept: [] } },
    ],
  });
  const port = await freePort();
  let app = await startApp(port);
  try {
    const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
    const page = await context.newPage();
    await signInUi(page, students[0]);
    const attemptId = await startQuizUi(page, quiz.title);
    for (const [i, text] of ["alpha answer", "beta answer"].entries()) {
      if (i > 0) await page.getByRole("button", { name: "Next" }).click();
      const saved = savedResponse(page, i + 1);
      await page.getByLabel("Your answer").fill(text);
      await saved;
    }
    await expect(page.getByText("Saved", { exact: true })).toBeVisible();

    app.kill("SIGKILL");
    await new Promise((resolve) => app.once("exit", resolve));
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Your answer").fill("gamma while down");
    await expect(page.getByText("Not saved — retrying")).toBeVisible({ timeout: 15_000 });

    app = await startApp(port);
    await expect(page.getByText("Saved", { exact: true })).toBeVisible({ timeout: 20_000 });
    await page.reload();
    for (const n of [1, 2, 3]) await expect(page.getByRole("button", { name: `Question ${n}, answered` })).toBeVisible();
    await expect(page.getByLabel("Your answer")).toHaveValue("alpha answer");
    const state = await (await page.request.get(`/api/attempts/${attemptId}`)).json();
    expect(state.items.map((i: { response: unknown }) => i.response)).toEqual(["alpha answer", "beta answer", "gamma while down"]);
    await context.close();
  } finally {
    app.kill("SIGKILL");
  }
});

test("[QUIZ][SCALE] the app process sweeps an abandoned attempt on its own: finished at its deadline with its saved answers", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const { quiz, students } = await quizClass(baseURL!, {
    timeLimitSeconds: 2,
    questions: [{ type: "short", prompt: "Only question?", fields: { answer: "only", accept: [] } }],
  });
  const port = await freePort();
  const app = await startApp(port, 1000);
  try {
    const api = await signedInContext(`http://localhost:${port}`, students[0]);
    const { attemptId } = await (await api.post(`/api/quizzes/${quiz.id}/attempts`, { data: {} })).json();
    expect((await api.put(`/api/attempts/${attemptId}/items/1`, { data: { response: "only", seq: 1 } })).status()).toBe(200);
    // Nobody reads the attempt again (no lazy finish): only the sweep can end it, 2 s + the 15 s network grace later.
    await expect.poll(async () => (await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedBy, { timeout: 40_000, intervals: [1000] }).toBe("sweep");
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ state: "finished", score: 1, maxScore: 1, finishedAt: attempt.deadline });
  } finally {
    app.kill("SIGKILL");
  }
});
