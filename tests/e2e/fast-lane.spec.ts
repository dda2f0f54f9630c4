import { expect, test, type APIResponse } from "@playwright/test";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { classWithAssignedReading, newAccount, signUpApi, signedInContext } from "./helpers";
import { quizClass } from "./quiz-helpers";

// lib/http/fast-lane.ts answers reveal and rate before Next's router. These are the promises it makes: the same
// checks, errors and headers as any route, and anything that is not an exact match left to Next.

test("[STUDENT][FLASHCARDS] reveal and rate keep every check and header outside Next's router", async ({ baseURL }) => {
  const { anon, klass, student, teacherApi } = await classWithAssignedReading(baseURL!);
  const other = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  const api = await signedInContext(baseURL!, student);
  const otherApi = await signedInContext(baseURL!, other);
  const queue = await api.get("/api/study/queue?limit=1");
  expect(queue.headers()["server-timing"]).toMatch(/^lane;dur=/);
  const [card] = (await queue.json()).cards as { cardId: string; version: number }[];
  const [othersCard] = (await (await otherApi.get("/api/study/queue?limit=1")).json()).cards as { cardId: string }[];
  const reveal = `/api/study/cards/${card.cardId}/reveal`;
  const rate = `/api/study/cards/${card.cardId}/rate`;
  const rating = { rating: 3, expectedVersion: card.version, idempotencyKey: randomUUID(), durationMs: 2500 };

  const back = await api.post(reveal, { data: { response: "not the answer" } });
  expect(back.status(), await back.text()).toBe(200);
  expect(back.headers()).toMatchObject({
    "cache-control": expect.stringContaining("no-store"),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "content-type": expect.stringContaining("application/json"),
    "server-timing": expect.stringMatching(/^lane;dur=\d/), // the lane answered, not Next
  });
  expect(await back.json()).toMatchObject({ answer: expect.any(String), check: { correct: false, suggested: 1 } });

  // route()'s checks, each with its reason, and nothing applied.
  const refusals: [string, Promise<APIResponse>, number, string][] = [
    ["cross-site", api.post(rate, { headers: { origin: "https://evil.example" }, data: rating }), 403, "FORBIDDEN"],
    ["not JSON", api.post(rate, { headers: { "content-type": "text/plain" }, data: JSON.stringify(rating) }), 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["broken JSON", api.post(rate, { headers: { "content-type": "application/json" }, data: "{rating:" }), 400, "BAD_INPUT"],
    ["bad rating", api.post(rate, { data: { ...rating, rating: 7 } }), 400, "BAD_INPUT"],
    ["too large", api.post(rate, { data: { ...rating, pad: "x".repeat(70_000) } }), 413, "PAYLOAD_TOO_LARGE"],
    ["far too large", api.post(rate, { data: { ...rating, pad: "x".repeat(400_000) } }), 413, "PAYLOAD_TOO_LARGE"],
    ["signed out", anon.post(rate, { data: rating }), 401, "UNAUTHENTICATED"],
    ["another student's card", api.post(`/api/study/cards/${othersCard.cardId}/rate`, { data: rating }), 404, "NOT_FOUND"],
    ["a card that does not exist", api.post(`/api/study/cards/${randomUUID()}/reveal`, { data: {} }), 404, "NOT_FOUND"],
    ["an instructor's queue", teacherApi.get("/api/study/queue"), 403, "FORBIDDEN"],
    ["a bad queue limit", api.get("/api/study/queue?limit=-3"), 400, "BAD_INPUT"],
  ];
  for (const [what, pending, status, code] of refusals) {
    const res = await pending;
    expect(res.status(), what).toBe(status);
    expect((await res.json()).error.code, what).toBe(code);
  }

  // Not an exact match: Next answers, as before the lane existed.
  const viaNext = await api.get(rate);
  expect(viaNext.status()).toBe(405);
  expect(viaNext.headers()["server-timing"]).toBeUndefined();
  expect((await api.post("/api/study/cards/not-a-card/rate", { data: rating })).status()).toBe(404);

  const first = await api.post(rate, { data: rating });
  expect(first.status(), await first.text()).toBe(200);
  const applied = (await first.json()) as { version: number; reviewLogId: string };
  expect(applied.version).toBe(card.version + 1);
  // A retry with the same key gets the first result; a second tab (another key, the old version) is told why.
  expect(await (await api.post(rate, { data: rating })).json()).toEqual(applied);
  const secondTab = await api.post(`${rate}?tab=2`, { data: { ...rating, idempotencyKey: randomUUID() } });
  expect(secondTab.status()).toBe(409);
  expect((await secondTab.json()).error.message).toMatch(/already reviewed/);
});

test("[STUDENT][QUIZ] answer saves take the lane with the route's checks; a bad position is Next's 404", async ({ baseURL }) => {
  const questions = [{ type: "short", prompt: "Name the islands in dispute.", fields: { answer: "Kuril Islands" } }];
  const { quiz, students } = await quizClass(baseURL!, { questions, title: `Lane quiz ${Date.now()}`, timeLimitSeconds: 600, students: 2 });
  const [api, otherApi] = [await signedInContext(baseURL!, students[0]), await signedInContext(baseURL!, students[1])];
  const started = await api.post(`/api/quizzes/${quiz.id}/attempts`, { data: {} });
  expect(started.status(), await started.text()).toBeLessThan(300);
  const { attemptId } = (await started.json()) as { attemptId: string };
  const item = `/api/attempts/${attemptId}/items/1`;

  const saved = await api.put(item, { data: { response: "Kurils", seq: 2 } });
  expect(saved.status(), await saved.text()).toBe(200);
  expect(saved.headers()).toMatchObject({ "server-timing": expect.stringMatching(/^lane;dur=/), "cache-control": expect.stringContaining("no-store"), "x-content-type-options": "nosniff" });
  expect(await saved.json()).toMatchObject({ applied: true, seq: 2 });
  // a late, older save never overwrites the newer one
  expect(await (await api.put(item, { data: { response: "Sakhalin", seq: 1 } })).json()).toMatchObject({ applied: false });
  expect((await api.put(item, { headers: { origin: "https://evil.example" }, data: { response: "x", seq: 3 } })).status()).toBe(403);
  expect((await api.put(item, { headers: { "content-type": "text/plain" }, data: JSON.stringify({ response: "x", seq: 3 }) })).status()).toBe(415);
  expect((await otherApi.put(item, { data: { response: "x", seq: 3 } })).status()).toBe(404);
  const zero = await api.put(`/api/attempts/${attemptId}/items/0`, { data: { response: "x", seq: 3 } });
  expect(zero.status()).toBe(404);
  expect(zero.headers()["server-timing"]).toBeUndefined();
  const state = await (await api.get(`/api/attempts/${attemptId}`)).json();
  expect(state.items[0]).toMatchObject({ response: "Kurils", seq: 2 });
});

test("[SECURITY] a Host header that is no URL gets the route's answer, not a 500", async ({ baseURL }) => {
  const { port } = new URL(baseURL!);
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: "POST", path: `/api/study/cards/${randomUUID()}/rate`, headers: { host: "localhost:99999", "content-type": "application/json" } },
      (res) => { res.resume(); resolve(res.statusCode ?? 0); },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ rating: 3, expectedVersion: 0, idempotencyKey: randomUUID(), durationMs: 1 }));
  });
  expect(status).toBe(401);
});
