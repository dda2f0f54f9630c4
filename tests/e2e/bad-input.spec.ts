import { expect, test, type APIRequestContext } from "@playwright/test";
import { seedQuiz } from "./dashboard-fixtures";
import { createClassApi, newAccount, signUpApi, signedInContext } from "./helpers";
import { quizClass } from "./quiz-helpers";

// Whatever arrives, every write answers a 4xx with a reason — never a 500 — and changes nothing.
const GARBAGE: { label: string; body: string }[] = [
  { label: "not JSON", body: "{oops" },
  { label: "empty", body: "" },
  { label: "an array", body: "[1,2,3]" },
  { label: "null", body: "null" },
  { label: "wrong types", body: JSON.stringify({ name: 42, archived: "yes", joinCode: [], question: "x", bank: 7, expectedVersion: "one", role: true }) },
  { label: "over-long strings", body: JSON.stringify({ name: "x".repeat(5000), joinCode: "A".repeat(5000), email: `${"a".repeat(5000)}@example.com` }) },
  { label: "too large", body: JSON.stringify({ name: "x".repeat(70_000) }) },
];

async function expectRefused(ctx: APIRequestContext, method: string, url: string) {
  for (const { label, body } of GARBAGE) {
    const res = await ctx.fetch(url, { method, data: body, headers: { "content-type": "application/json" } });
    expect(res.status(), `${method} ${url} with ${label}`).toBeGreaterThanOrEqual(400);
    expect(res.status(), `${method} ${url} with ${label}`).toBeLessThan(500);
    const json = await res.json();
    expect(typeof json.error?.message, `${method} ${url} with ${label}: ${JSON.stringify(json)}`).toBe("string");
  }
}

test("[API] every write refuses malformed input with a 4xx and a reason, and writes nothing", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacher = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const teacherApi = await signedInContext(baseURL!, teacher);
  const klass = await createClassApi(teacherApi);
  const student = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  const studentApi = await signedInContext(baseURL!, student);

  await expectRefused(anon, "POST", "/api/signup");
  await expectRefused(teacherApi, "POST", "/api/classes");
  await expectRefused(teacherApi, "PATCH", `/api/classes/${klass.id}`);
  await expectRefused(studentApi, "POST", "/api/enrollments");
  await expectRefused(teacherApi, "POST", "/api/questions");
  await expectRefused(teacherApi, "PUT", "/api/questions/dip-001");
  await expectRefused(teacherApi, "POST", "/api/invitations");
  await expectRefused(teacherApi, "POST", "/api/questions/dip-001/copy");
  await expectRefused(teacherApi, "PUT", "/api/questions/dip-001/quiz-only");
  await expectRefused(teacherApi, "PUT", "/api/questions/dip-001/retired");
  await expectRefused(teacherApi, "POST", "/api/questions/dip-001/restore");

  // nothing changed: still one class, not archived, one student, same join code, dip-001 still at its version
  const page = await teacherApi.get(`/instructor/classes/${klass.id}`);
  const html = await page.text();
  expect(html).toContain("Roster (1)");
  expect(html).not.toContain("This class is archived");
  expect(html).toContain(`${klass.joinCode.slice(0, 4)}-${klass.joinCode.slice(4)}`);
  const { version, myCopy, quizOnly, retired } = await (await teacherApi.get("/api/questions/dip-001")).json();
  expect({ version, myCopy, quizOnly, retired }).toEqual({ version: 1, myCopy: null, quizOnly: false, retired: false });
});

test("[API] ids that do not exist, or are not the caller's, look the same: 404", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const owner = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const stranger = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const klass = await createClassApi(owner);
  for (const id of [klass.id, "c".repeat(25), "../../etc/passwd", "%00"]) {
    const res = await stranger.post(`/api/classes/${encodeURIComponent(id)}/join-code`, { data: {} });
    expect(res.status(), id).toBe(404);
  }
  expect((await stranger.get("/api/questions/nope-999")).status()).toBe(404);
  // another instructor's copy looks exactly like a missing question, whatever the route
  const copy = await (await owner.post("/api/questions/dip-005/copy", { data: { expectedVersion: 1 } })).json();
  for (const [method, url, data] of [
    ["GET", `/api/questions/${copy.id}`, undefined],
    ["PUT", `/api/questions/${copy.id}/quiz-only`, { quizOnly: true }],
    ["POST", `/api/questions/${copy.id}/restore`, { version: 1, expectedVersion: 1 }],
    ["GET", `/api/questions/${encodeURIComponent(`${copy.id}x`)}`, undefined],
    ["GET", "/api/questions/dip-001~", undefined],
  ] as const) {
    const res = await stranger.fetch(url, { method, data });
    expect(res.status(), `${method} ${url}`).toBe(404);
  }
  expect((await stranger.get("/api/readings/nope/export?format=csv")).status()).toBe(404);
  expect((await stranger.get("/api/readings/abe-all-in-2016/export?format=docx")).status()).toBe(400);
});

test("[API] the selection export refuses a filter it cannot read rather than export more than was asked: 400", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacher = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const queries = ["", "format=yaml", "format=csv&type=essay", "format=csv&difficulty=4", "format=csv&page=2", "format=csv&reading=%00", `format=csv&q=${"x".repeat(201)}`];
  for (const query of queries) {
    const res = await teacher.get(`/api/exports?${query}`);
    expect(res.status(), query).toBe(400);
    expect((await res.json()).error.message, query).toBeTruthy();
  }
  expect((await teacher.get("/api/exports?format=gift&reading=no-such-reading")).status()).toBe(200);
});

test("[API] cross-site writes are refused: a foreign Origin gets 403, a form-encoded or text/plain body 415", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacherApi = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const name = `CSRF probe ${Date.now()}`;
  const foreign = await teacherApi.post("/api/classes", { data: { name }, headers: { origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  const plain = await teacherApi.post("/api/classes", { data: JSON.stringify({ name }), headers: { "content-type": "text/plain" } });
  expect(plain.status()).toBe(415);
  const form = await teacherApi.post("/api/classes", { form: { name } });
  expect(form.status()).toBe(415);
  const sameSite = await teacherApi.post("/api/classes", { data: { name }, headers: { origin: baseURL! } });
  expect(sameSite.status()).toBe(201);
  const html = await (await teacherApi.get("/instructor")).text();
  expect(html.split(`>${name}</a>`).length - 1).toBe(1); // one link in the class list: only the same-origin request created a class
});

// JSON escapes, written raw: "\u0000" is a NUL byte once parsed, "\ud800" a lone surrogate. PostgreSQL cannot store
// either; they used to come back as a 500.
const POISON = ["nul \\u0000 byte", "lone \\ud800 surrogate", "escape \\u001b[31m"];

test("[API] NUL bytes, control characters and lone surrogates in text fields are a 400 with a reason", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacherApi = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const klass = await createClassApi(teacherApi);
  const current = await (await teacherApi.get("/api/questions/dip-001")).json();
  for (const poison of POISON) {
    const email = `poison-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
    const cases: [APIRequestContext, string, string, string][] = [
      [anon, "POST", "/api/signup", `{"name":"${poison}","email":"${email}","password":"correct-battery-staple-42","joinCode":"${klass.joinCode}"}`],
      [teacherApi, "POST", "/api/classes", `{"name":"${poison}"}`],
      [teacherApi, "PUT", "/api/questions/dip-001", JSON.stringify({ expectedVersion: current.version, question: { ...current.question, prompt: "PLACEHOLDER" } }).replace('"PLACEHOLDER"', `"${poison}"`)],
    ];
    for (const [ctx, method, url, body] of cases) {
      const res = await ctx.fetch(url, { method, data: body, headers: { "content-type": "application/json" } });
      expect(res.status(), `${method} ${url} with ${poison}: ${await res.text()}`).toBe(400);
      expect((await res.json()).error.message).toMatch(/not allowed|control characters/);
    }
  }
  const { version } = await (await teacherApi.get("/api/questions/dip-001")).json();
  expect(version).toBe(current.version);
});

test("[API] malformed percent-encoding in a path is a 400 with the security headers, not a 500", async ({ request }) => {
  for (const path of ["/api/classes/%ff", "/readings/%ff", "/instructor/classes/%e0%a4%a", "/api/questions/%c0"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect(res.headers(), path).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff", "cache-control": "no-store" });
  }
});

test("[JOIN] an invite link with any code answers a page, never an error", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const klass = await createClassApi(await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR"))));
  const studentApi = await signedInContext(baseURL!, await signUpApi(anon, newAccount("STUDENT"), klass.joinCode));
  const queries = ["", "code=", "code=%00", "code=%ff%fe", `code=${"A".repeat(5000)}`, "code=a&code=b", "code[]=x", "code=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "code=ÄÖÜ-ßßßß"];
  for (const ctx of [anon, studentApi]) {
    for (const query of queries) {
      const res = await ctx.get(`/join?${query}`);
      expect(res.status(), query).toBe(200);
      expect(await res.text(), query).not.toContain("<script>alert(1)");
    }
  }
});

test("[API][STUDY] flashcard writes refuse malformed input with a 4xx and a reason, and apply nothing", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacherApi = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const klass = await createClassApi(teacherApi);
  const studentApi = await signedInContext(baseURL!, await signUpApi(anon, newAccount("STUDENT"), klass.joinCode));
  const assigned = await teacherApi.post(`/api/classes/${klass.id}/assignments`, { data: { readingSlug: "abe-all-in-2016", dueAt: null } });
  const { assignmentId } = await assigned.json();
  const [card] = (await (await studentApi.get("/api/study/queue?limit=1")).json()).cards;

  await expectRefused(studentApi, "POST", `/api/study/cards/${card.cardId}/rate`);
  await expectRefused(studentApi, "POST", "/api/study/undo");
  await expectRefused(studentApi, "PUT", "/api/study/settings");
  await expectRefused(teacherApi, "POST", `/api/classes/${klass.id}/assignments`);
  await expectRefused(teacherApi, "PATCH", `/api/classes/${klass.id}/assignments/${assignmentId}`);
  await expectRefused(teacherApi, "PUT", `/api/classes/${klass.id}/srs-settings`);
  // reveal takes an optional response, so an empty body is a valid request; everything else is refused
  for (const { label, body } of GARBAGE.filter((g) => g.label !== "empty")) {
    const res = await studentApi.post(`/api/study/cards/${card.cardId}/reveal`, { data: body, headers: { "content-type": "application/json" } });
    expect(res.status(), `reveal with ${label}`).toBeGreaterThanOrEqual(400);
    expect(res.status(), `reveal with ${label}`).toBeLessThan(500);
  }
  // values out of range, named fields
  const settings = await teacherApi.put(`/api/classes/${klass.id}/srs-settings`, { data: { desiredRetention: 0.99, newPerDay: -1, learningSteps: ["soon"], relearningSteps: [], maximumInterval: 0 } });
  expect(settings.status()).toBe(400);
  expect(Object.keys((await settings.json()).error.fields)).toEqual(expect.arrayContaining(["desiredRetention", "newPerDay", "learningSteps.0", "maximumInterval"]));
  expect((await teacherApi.patch(`/api/classes/${klass.id}/assignments/${assignmentId}`, { data: { dueAt: "next friday" } })).status()).toBe(400);
  expect((await studentApi.post(`/api/study/cards/${card.cardId}/rate`, { data: { rating: 5, expectedVersion: 0, idempotencyKey: "bad-input-key-1" } })).status()).toBe(400);
  expect((await studentApi.get("/api/study/queue?mode=cram")).status()).toBe(400);
  for (const id of ["nope", "c".repeat(25), "00000000-0000-4000-8000-000000000000", "%00"]) {
    expect((await studentApi.post(`/api/study/cards/${encodeURIComponent(id)}/reveal`, { data: {} })).status(), id).toBe(404);
  }

  // nothing was applied: the card is still new at version 0
  const [again] = (await (await studentApi.get("/api/study/queue?limit=1")).json()).cards;
  expect(again).toMatchObject({ cardId: card.cardId, version: 0, isNew: true });
});

test("[API][QUIZ] quiz-building writes refuse malformed input with a 4xx and a reason, and change nothing", async ({ baseURL }) => {
  test.setTimeout(60_000);
  const anon = await signedInContext(baseURL!);
  const teacherApi = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const klass = await createClassApi(teacherApi);
  const student = await signUpApi(anon, newAccount("STUDENT"), klass.joinCode);
  const studentApi = await signedInContext(baseURL!, student);
  const studentId: string = (await (await studentApi.get("/api/auth/session")).json()).user.id;
  const quiz = { title: "Bad input quiz", readings: ["abe-all-in-2016"], slots: [{ questionId: "dip-010", points: 1 }] };
  const { quiz: published } = await (await teacherApi.post(`/api/classes/${klass.id}/quizzes`, { data: quiz })).json();
  expect((await teacherApi.post(`/api/quizzes/${published.id}/publish`, { data: {} })).status()).toBe(200);
  const { attemptId } = await (await studentApi.post(`/api/quizzes/${published.id}/attempts`, { data: {} })).json();
  expect((await studentApi.post(`/api/attempts/${attemptId}/submit`, { data: {} })).status()).toBe(200);
  const { quiz: draft } = await (await teacherApi.post(`/api/classes/${klass.id}/quizzes`, { data: { title: "Empty draft", readings: ["abe-all-in-2016"] } })).json();
  const before = await (await teacherApi.get(`/api/quizzes/${published.id}`)).json();

  await expectRefused(teacherApi, "POST", `/api/classes/${klass.id}/quizzes`);
  await expectRefused(teacherApi, "PATCH", `/api/quizzes/${published.id}`);
  await expectRefused(teacherApi, "POST", `/api/quizzes/${draft.id}/publish`); // an empty draft cannot be published either
  await expectRefused(teacherApi, "POST", `/api/quizzes/${published.id}/preview-check`);
  await expectRefused(teacherApi, "PUT", `/api/classes/${klass.id}/accommodations/${studentId}`);
  await expectRefused(teacherApi, "PUT", `/api/quizzes/${published.id}/overrides/${studentId}`);
  await expectRefused(teacherApi, "POST", `/api/quizzes/${published.id}/regrade`);
  await expectRefused(teacherApi, "PUT", `/api/attempts/${attemptId}/items/1/mark`);
  await expectRefused(teacherApi, "POST", `/api/attempts/${attemptId}/reviewed`);

  // pointed refusals: a pool that cannot be drawn, a close before the open, a mark above the points
  const pool = await teacherApi.patch(`/api/quizzes/${draft.id}`, { data: { slots: [{ pool: { types: ["mcq"] }, count: 100, points: 1 }] } });
  expect(pool.status()).toBe(400);
  expect((await pool.json()).error.message).toMatch(/Pool #1 must draw 100 questions, but only \d+ match/);
  const window = await teacherApi.patch(`/api/quizzes/${draft.id}`, { data: { opensAt: "2030-01-02T10:00:00+01:00", closesAt: "2030-01-01T10:00:00+01:00" } });
  expect(window.status()).toBe(400);
  expect((await teacherApi.put(`/api/attempts/${attemptId}/items/1/mark`, { data: { mark: 2, comment: "too much" } })).status()).toBe(400);
  expect((await teacherApi.put(`/api/attempts/${attemptId}/items/99/mark`, { data: { mark: 0, comment: "no such item" } })).status()).toBe(404);

  // nothing changed
  expect(await (await teacherApi.get(`/api/quizzes/${published.id}`)).json()).toEqual(before);
  expect((await (await teacherApi.get(`/api/quizzes/${draft.id}`)).json()).quiz).toMatchObject({ slots: [], opensAt: null, closesAt: null, status: "draft" });
  expect((await (await teacherApi.get(`/api/classes/${klass.id}/quizzes`)).json()).quizzes).toHaveLength(2);
});

test("[API][QUIZ] attempt writes refuse malformed input with a 4xx and a reason, and apply nothing", async ({ baseURL }) => {
  const { quiz, students } = await quizClass(baseURL!, {
    timeLimitSeconds: 3600,
    questions: [{ type: "mcq", prompt: "Which city?", fields: { options: ["Sochi", "Nagato", "Tokyo", "Kyoto"], answer: "Sochi" } }],
  });
  const studentApi = await signedInContext(baseURL!, students[0]);
  // bodyless writes ({}): an empty body is a valid request, everything else is refused
  const notEmpty = (label: string) => label !== "empty";
  for (const { label, body } of GARBAGE.filter((g) => notEmpty(g.label))) {
    const res = await studentApi.post(`/api/quizzes/${quiz.id}/attempts`, { data: body, headers: { "content-type": "application/json" } });
    expect(res.status(), `start with ${label}`).toBeGreaterThanOrEqual(400);
    expect(res.status(), `start with ${label}`).toBeLessThan(500);
  }
  const started = await studentApi.post(`/api/quizzes/${quiz.id}/attempts`, { data: {} });
  expect(started.status()).toBe(200);
  const { attemptId } = await started.json();
  await expectRefused(studentApi, "PUT", `/api/attempts/${attemptId}/items/1`);
  await expectRefused(studentApi, "POST", `/api/attempts/${attemptId}/events`);
  for (const { label, body } of GARBAGE.filter((g) => notEmpty(g.label))) {
    const res = await studentApi.post(`/api/attempts/${attemptId}/submit`, { data: body, headers: { "content-type": "application/json" } });
    expect(res.status(), `submit with ${label}`).toBeGreaterThanOrEqual(400);
    expect(res.status(), `submit with ${label}`).toBeLessThan(500);
  }
  // values out of range or of the wrong shape, named fields
  const save = (body: unknown, position: string | number = 1) => studentApi.put(`/api/attempts/${attemptId}/items/${position}`, { data: body });
  for (const body of [{ response: "Sochi" }, { seq: 1 }, { response: "Sochi", seq: 0 }, { response: "Sochi", seq: 1.5 }, { response: "Sochi", seq: "2" }, { response: "x".repeat(301), seq: 1 }, { response: { a: { b: 1 } }, seq: 1 }, { flagged: "yes" }, { response: "Sochi", seq: 1, extra: true }]) {
    const res = await save(body);
    expect(res.status(), JSON.stringify(body).slice(0, 80)).toBe(400);
    expect(typeof (await res.json()).error.message).toBe("string");
  }
  expect((await studentApi.post(`/api/attempts/${attemptId}/submit`, { data: { by: "sweep" } })).status()).toBe(400);
  expect((await studentApi.post(`/api/attempts/${attemptId}/events`, { data: { kind: "connection_lost", at: "yesterday" } })).status()).toBe(400);
  // a malformed path to the save route (which the fast lane leaves to Next) is still a 400, not a 500
  expect((await studentApi.put(`/api/attempts/%ff/items/1`, { data: { response: "Sochi", seq: 1 } })).status()).toBe(400);
  for (const position of ["0", "abc", "99", "-1", "1.5"]) expect((await save({ response: "Sochi", seq: 1 }, position)).status(), position).toBe(404);
  for (const id of ["nope", "c".repeat(25), "..%2F..%2Fetc", "%00"]) {
    expect((await studentApi.get(`/api/attempts/${id}`)).status(), id).toBe(404);
    expect((await studentApi.put(`/api/attempts/${id}/items/1`, { data: { response: "Sochi", seq: 1 } })).status(), id).toBe(404);
    expect((await studentApi.post(`/api/quizzes/${id}/attempts`, { data: {} })).status(), id).toBe(404);
  }
  // nothing was applied: the attempt is open, its one answer unsaved and unflagged
  const state = await (await studentApi.get(`/api/attempts/${attemptId}`)).json();
  expect(state).toMatchObject({ state: "in_progress", items: [{ position: 1, response: null, seq: 0, flagged: false }] });
});

test("[API][DASHBOARD] class, roster and at-risk writes refuse malformed input with a 4xx and a reason, and write nothing", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const teacherApi = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  const klass = await createClassApi(teacherApi);
  const elsewhere = await createClassApi(teacherApi);
  const student = await signUpApi(anon, newAccount("STUDENT"), elsewhere.joinCode); // an account, not in `klass`

  await expectRefused(teacherApi, "POST", `/api/classes/${klass.id}/instructors`);
  await expectRefused(teacherApi, "POST", `/api/classes/${klass.id}/students`);
  await expectRefused(teacherApi, "POST", `/api/classes/${klass.id}/roster-import`);
  await expectRefused(teacherApi, "PUT", `/api/classes/${klass.id}/at-risk-settings`);
  // values out of range and wrong accounts, each named
  const patch = await teacherApi.patch(`/api/classes/${klass.id}`, { data: { name: "   " } });
  expect(patch.status()).toBe(400);
  expect((await teacherApi.patch(`/api/classes/${klass.id}`, { data: {} })).status()).toBe(400);
  const rules = await teacherApi.put(`/api/classes/${klass.id}/at-risk-settings`, { data: { inactiveDays: 0, overdueCards: -1, minMeanRecall: 1.5, minQuizFraction: "half", flagMissedQuiz: true } });
  expect(rules.status()).toBe(400);
  expect(Object.keys((await rules.json()).error.fields)).toEqual(expect.arrayContaining(["inactiveDays", "overdueCards", "minMeanRecall", "minQuizFraction"]));
  const byEmail = await teacherApi.post(`/api/classes/${klass.id}/students`, { data: { email: "not an email" } });
  expect(byEmail.status()).toBe(400);
  expect((await byEmail.json()).error.fields.email).toBeTruthy();
  expect((await teacherApi.post(`/api/classes/${klass.id}/instructors`, { data: { email: student.email } })).status()).toBe(400); // a student is no instructor
  const badImport = await teacherApi.post(`/api/classes/${klass.id}/roster-import`, { data: { mode: "commit", csv: `email\n${student.email}\nnot-an-email\n` } });
  expect(badImport.status()).toBe(400);
  expect((await badImport.json()).error.fields).toEqual({ "line 3": "Not an email address." });
  expect((await teacherApi.post(`/api/classes/${klass.id}/roster-import`, { data: { mode: "upsert", csv: student.email } })).status()).toBe(400);
  expect((await teacherApi.post(`/api/classes/${klass.id}/roster-import`, { data: { mode: "preview", csv: "x".repeat(61_000) } })).status()).toBe(400);

  // nothing changed: no student, no co-instructor, the default rules, the same name
  const roster = await (await teacherApi.get(`/api/classes/${klass.id}/exports/roster.csv`)).text();
  expect(roster.trim().split("\n")).toHaveLength(1);
  const html = await (await teacherApi.get(`/instructor/classes/${klass.id}`)).text();
  expect(html).toContain(klass.name);
  expect(html).toContain("Roster (0)");
});

test("[API][DASHBOARD] the exports refuse what they cannot read (400) and ids that are not the caller's (404)", async ({ baseURL }) => {
  const anon = await signedInContext(baseURL!);
  const owner = await signUpApi(anon, newAccount("INSTRUCTOR"));
  const klass = await createClassApi(await signedInContext(baseURL!, owner));
  const { quizId } = await seedQuiz(klass.id);
  const ownerApi = await signedInContext(baseURL!, owner);
  const stranger = await signedInContext(baseURL!, await signUpApi(anon, newAccount("INSTRUCTOR")));
  for (const query of ["attempts=best", "attempts=", "attempts=first&extra=1"]) {
    const res = await ownerApi.get(`/api/quizzes/${quizId}/exports/item-analysis.csv?${query}`);
    expect(res.status(), query).toBe(400);
    expect((await res.json()).error.message, query).toBeTruthy();
  }
  expect((await ownerApi.get(`/api/quizzes/${quizId}/exports/item-analysis.csv?attempts=all`)).status()).toBe(200);
  for (const id of [quizId, "c".repeat(25), "../../etc/passwd", "%00", "x"]) {
    expect((await stranger.get(`/api/quizzes/${encodeURIComponent(id)}/exports/item-analysis.csv`)).status(), id).toBe(404);
  }
  for (const id of [klass.id, "c".repeat(25), "%00"]) {
    expect((await stranger.get(`/api/classes/${encodeURIComponent(id)}/exports/gradebook.csv`)).status(), id).toBe(404);
  }
  for (const path of [`/instructor/classes/${klass.id}/quizzes/${quizId}/analysis`, `/instructor/classes/${klass.id}/questions`, `/instructor/classes/c${"c".repeat(24)}/quizzes/${quizId}/analysis`]) {
    expect((await stranger.get(path)).status(), path).toBe(404);
  }
  // the owner's page under another class id is a 404 too: the quiz must belong to the class in the URL
  const other = await createClassApi(ownerApi);
  expect((await ownerApi.get(`/instructor/classes/${other.id}/quizzes/${quizId}/analysis`)).status()).toBe(404);
  expect((await ownerApi.get(`/instructor/classes/${klass.id}/quizzes/${quizId}/analysis?attempts=%00`)).status()).toBe(200);
});
