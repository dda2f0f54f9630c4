import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { applyAccommodationToOpenAttempts } from "@/lib/quiz/apply-accommodation";
import { gradeAttempt } from "@/lib/quiz/grade-attempt";
import { loadAttemptState } from "@/lib/quiz/attempt-state";
import { saveAnswer } from "@/lib/quiz/save-answer";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { sweepOverdueAttempts } from "@/lib/quiz/sweep";
import { removeCreatedContent } from "./srs-fixtures";
import { quizWorld, removeQuizzes } from "./quiz-fixtures";

afterAll(async () => {
  await removeQuizzes();
  await removeCreatedContent();
});

const NOW = new Date();
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const start = (quizId: string, studentId: string, now = NOW) => startAttempt({ quizId, studentId, sessionVersion: 0, now });
const save = (attemptId: string, studentId: string, position: number, response: unknown, seq: number, now = NOW) =>
  saveAnswer({ attemptId, studentId, sessionVersion: 0, position, body: { response: response as string, seq }, now });
const events = (attemptId: string, kind: string) => prisma.attemptEvent.count({ where: { attemptId, kind } });

describe("starting an attempt", () => {
  it("freezes the items, sets the deadline and resumes (not duplicates) on a second or concurrent start", async () => {
    const { quiz, students } = await quizWorld({ timeLimitSeconds: 600, students: 1 });
    const results = await Promise.all(Array.from({ length: 6 }, () => start(quiz.id, students[0].id)));
    expect(new Set(results.map((r) => r.attemptId)).size).toBe(1);
    expect(results.filter((r) => !r.resumed)).toHaveLength(1);
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: results[0].attemptId }, include: { items: true } });
    expect(attempt.deadline!.getTime()).toBe(NOW.getTime() + 600_000);
    expect(attempt.items).toHaveLength(3);
    expect(await events(attempt.id, "started")).toBe(1);
    // the frozen order reads back the same (a reload shows the same quiz)
    const first = await loadAttemptState({ attemptId: attempt.id, studentId: students[0].id, now: NOW });
    const again = await loadAttemptState({ attemptId: attempt.id, studentId: students[0].id, now: NOW });
    expect(first!.items.map((i) => i.view)).toEqual(again!.items.map((i) => i.view));
    expect(JSON.stringify(first)).not.toMatch(/answer|explanation|sources|fraction/);
  });

  it("draws a pool from quiz-only questions too, and refuses when no attempts are left or the quiz is closed", async () => {
    const { quiz, students, held, klass, reading } = await quizWorld({ questions: 1, quizOnly: 2, pools: [], attemptsAllowed: 1 });
    await prisma.quizSlot.create({ data: { quizId: quiz.id, position: 2, poolFilter: { types: ["mcq"] }, count: 5 } });
    const { attemptId } = await start(quiz.id, students[0].id);
    const items = await prisma.attemptItem.findMany({ where: { attemptId } });
    expect(items).toHaveLength(3); // 1 fixed + the 2 quiz-only ones (the pool asked for 5 and takes what there is)
    expect(items.map((i) => i.questionId)).toEqual(expect.arrayContaining(held.map((q) => q.id)));
    await submitAttempt({ attemptId, studentId: students[0].id, by: "student", now: NOW });
    await expect(start(quiz.id, students[0].id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/no attempts left/) });
    const closed = await quizWorld({ closesAt: at(-60) });
    await expect(start(closed.quiz.id, closed.students[0].id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/closed/) });
    // another class's student: the quiz does not exist for them
    const other = await quizWorld({});
    await expect(start(quiz.id, other.students[0].id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(klass && reading).toBeTruthy();
  });
});

describe("saving answers", () => {
  it("an older save arriving late never overwrites a newer one, also when they race", async () => {
    const { quiz, students } = await quizWorld({ timeLimitSeconds: 600 });
    const sid = students[0].id;
    const { attemptId } = await start(quiz.id, sid);
    expect(await save(attemptId, sid, 1, "Gamma", 5)).toMatchObject({ applied: true, seq: 5 });
    expect(await save(attemptId, sid, 1, "Beta", 3)).toMatchObject({ applied: false, seq: 5 });
    expect((await prisma.attemptItem.findFirstOrThrow({ where: { attemptId, position: 1 } })).response).toBe("Gamma");
    await save(attemptId, sid, 1, "Alpha", 6, at(10));
    // coalesced events: one "saved" per item per 30 s, not one per save
    expect(await events(attemptId, "saved")).toBe(1);
    await save(attemptId, sid, 1, "Beta", 7, at(41));
    expect(await events(attemptId, "saved")).toBe(2);
    const seqs = Array.from({ length: 20 }, (_, i) => 6 + i).sort(() => Math.random() - 0.5);
    await Promise.all(seqs.map((seq) => save(attemptId, sid, 2, `answer ${seq}`, seq)));
    expect(await prisma.attemptItem.findFirstOrThrow({ where: { attemptId, position: 2 } })).toMatchObject({ response: "answer 25", responseSeq: 25 });
    // another student's attempt reads as missing; a missing position too
    const other = await quizWorld({});
    await expect(save(attemptId, other.students[0].id, 1, "Alpha", 99)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(save(attemptId, sid, 42, "Alpha", 99)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("accepts a save within the 15 s network grace after the deadline and refuses one after it, saying why", async () => {
    const { quiz, students } = await quizWorld({ timeLimitSeconds: 60 });
    const sid = students[0].id;
    const { attemptId } = await start(quiz.id, sid);
    expect(await save(attemptId, sid, 1, "Alpha", 1, at(60 + 14))).toMatchObject({ applied: true });
    await expect(save(attemptId, sid, 1, "Beta", 2, at(60 + 16))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/time for this attempt is over/) });
    expect((await prisma.attemptItem.findFirstOrThrow({ where: { attemptId, position: 1 } })).response).toBe("Alpha");
  });
});

describe("submitting and finishing", () => {
  it("ten concurrent submits grade the attempt exactly once", async () => {
    const { quiz, students } = await quizWorld({ timeLimitSeconds: 600, questions: 3 });
    const sid = students[0].id;
    const { attemptId } = await start(quiz.id, sid);
    await save(attemptId, sid, 1, "Alpha", 1);
    await save(attemptId, sid, 2, "Beta", 1);
    const results = await Promise.all(Array.from({ length: 10 }, () => submitAttempt({ attemptId, studentId: sid, by: "student", now: NOW })));
    expect(results.filter((r) => !r.alreadyFinished)).toHaveLength(1);
    expect(await events(attemptId, "submitted")).toBe(1);
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ state: "finished", finishedBy: "student", score: 1, maxScore: 3, version: 1 });
    await expect(save(attemptId, sid, 3, "Alpha", 1)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already been submitted/) });
  });

  it("two sweepers at once finish every abandoned attempt once, with its saved answers and finish time = deadline", async () => {
    const { quiz, students } = await quizWorld({ timeLimitSeconds: 60, students: 6 });
    const started = at(-3600);
    const ids: string[] = [];
    for (const [i, student] of students.entries()) {
      const { attemptId } = await start(quiz.id, student.id, started);
      await save(attemptId, student.id, 1, i % 2 ? "Alpha" : "Beta", 1, at(-3590));
      ids.push(attemptId);
    }
    const [a, b] = await Promise.all([sweepOverdueAttempts({ now: NOW, limit: 2 }), sweepOverdueAttempts({ now: NOW, limit: 2 })]);
    expect(a + b).toBeGreaterThanOrEqual(6); // other files' leftovers may be swept too
    const attempts = await prisma.attempt.findMany({ where: { id: { in: ids } }, orderBy: { startedAt: "asc" } });
    for (const [i, attempt] of attempts.entries()) {
      expect(attempt).toMatchObject({ state: "finished", finishedBy: "sweep", finishedAt: attempt.deadline });
      expect(await events(attempt.id, "submitted")).toBe(1);
      expect(attempt.version).toBe(1);
      expect(attempt.score).toBe(ids.indexOf(attempt.id) % 2 ? 1 : 0);
      expect(i).toBeLessThan(6);
    }
  });

  it("reading an overdue attempt finishes it lazily (finish time = deadline)", async () => {
    const { quiz, students } = await quizWorld({ timeLimitSeconds: 60 });
    const sid = students[0].id;
    const { attemptId } = await start(quiz.id, sid, at(-600));
    await save(attemptId, sid, 1, "Alpha", 1, at(-590));
    const state = await loadAttemptState({ attemptId, studentId: sid, now: NOW });
    expect(state).toMatchObject({ state: "finished", items: [] });
    expect(await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ finishedBy: "lazy", finishedAt: at(-540), score: 1 });
    // and a start afterwards is decided afresh (here: one attempt allowed, now used)
    await expect(start(quiz.id, sid)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("an accommodation added mid-attempt moves the open attempt's deadline", async () => {
    const { quiz, students, klass } = await quizWorld({ timeLimitSeconds: 600 });
    const sid = students[0].id;
    const { attemptId } = await start(quiz.id, sid);
    await prisma.$transaction(async (tx) => {
      await tx.accommodation.create({ data: { classId: klass.id, studentId: sid, timeMultiplier: 1.5 } });
      expect(await applyAccommodationToOpenAttempts({ tx, classId: klass.id, studentId: sid, now: at(100) })).toHaveLength(1);
    });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadline).toEqual(at(900));
    expect(await save(attemptId, sid, 1, "Alpha", 1, at(800))).toMatchObject({ applied: true });
    expect(await events(attemptId, "deadline_moved")).toBe(1);
  });

  it("gradeAttempt (the regrade's call) marks against the question's current version when asked, the same every time", async () => {
    const { quiz, students, fixed } = await quizWorld({ questions: 2 });
    const sid = students[0].id;
    const { attemptId } = await start(quiz.id, sid);
    await save(attemptId, sid, 1, "Alpha", 1);
    await save(attemptId, sid, 2, "Alpha", 1);
    await submitAttempt({ attemptId, studentId: sid, by: "student", now: NOW });
    expect(await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ score: 2, maxScore: 2 });
    // the first question is corrected: its answer is now "Beta"
    const old = await prisma.questionVersion.findFirstOrThrow({ where: { questionId: fixed[0].id } });
    const content = { ...(old.content as Record<string, unknown>), answer: "Beta" };
    const corrected = await prisma.questionVersion.create({ data: { questionId: fixed[0].id, number: 2, contentHash: `${old.contentHash}-2`, content, kind: old.kind, difficulty: old.difficulty, tags: old.tags, prompt: old.prompt, createdBy: "editor" } });
    await prisma.question.update({ where: { id: fixed[0].id }, data: { currentVersionId: corrected.id } });
    expect(await prisma.$transaction((tx) => gradeAttempt({ tx, attemptId }))).toEqual({ score: 2, maxScore: 2 }); // as shown
    for (let i = 0; i < 2; i++) expect(await prisma.$transaction((tx) => gradeAttempt({ tx, attemptId, against: "current" }))).toEqual({ score: 1, maxScore: 2 });
    const item = await prisma.attemptItem.findFirstOrThrow({ where: { attemptId, questionId: fixed[0].id } });
    expect(item).toMatchObject({ fraction: 0, gradedVersionId: corrected.id, questionVersionId: old.id });
    expect(await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ score: 1, state: "finished" });
    expect(await prisma.$transaction((tx) => gradeAttempt({ tx, attemptId: "att_missing" }))).toBeNull();
  });
});
