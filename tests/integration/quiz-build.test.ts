import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { setAccommodation } from "@/lib/quiz/accommodations";
import { createQuiz } from "@/lib/quiz/create-quiz";
import { overrideMark } from "@/lib/quiz/mark-override";
import { checkPreviewAnswers, getQuizPreview } from "@/lib/quiz/preview";
import { getQuizForEdit } from "@/lib/quiz/quiz-queries";
import { createQuizSchema } from "@/lib/quiz/quiz-schemas";
import { regradeQuestion } from "@/lib/quiz/regrade";
import { deleteDraftQuiz, setPublished, updateQuiz } from "@/lib/quiz/update-quiz";
import { createInstructor } from "@/tests/factories";
import { correctQuestion, insertFinishedAttempt, quizWorld, removeQuizzes } from "./quiz-build-fixtures";
import { classWithStudents, createQuestion, removeCreatedContent } from "./srs-fixtures";

const classes: string[] = [];
afterAll(async () => {
  await removeQuizzes(classes);
  await removeCreatedContent();
});

const NOW = new Date("2026-11-29T12:00:00Z");

async function setUp(students = 2, questions = 3) {
  const world = await classWithStudents(students);
  classes.push(world.klass.id);
  const bank = await quizWorld(world.klass.id, questions);
  return { ...world, ...bank };
}

const input = (readings: string[], extra: Record<string, unknown> = {}) => createQuizSchema.parse({ title: "Week 1 quiz", readings, ...extra });

describe("building a quiz", () => {
  it("creates a draft from picked questions (quiz-only ones included) and a pool, publishes it, and refuses a pool that cannot supply N", async () => {
    const { teacher, klass, reading, questions } = await setUp(0, 4);
    const slots = [{ questionId: questions[0].id, points: 2 }, { pool: { readings: [reading.slug], kinds: ["event" as const] }, count: 3, points: 1 }];
    const { id } = await createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug], { slots }) });
    const quiz = await getQuizForEdit({ quizId: id, instructorId: teacher.id, now: NOW });
    expect(quiz).toMatchObject({ status: "draft", readings: [reading.slug], slots: [{ questionId: questions[0].id, points: 2 }, { pool: { readings: [reading.slug], kinds: ["event"] }, count: 3, points: 1 }] });
    // stored as the schema says (reading ids: the draw at start reads them), shown and taken with slugs
    const stored = await prisma.quizSlot.findFirstOrThrow({ where: { quizId: id, questionId: null }, select: { poolFilter: true } });
    expect(stored.poolFilter).toEqual({ readingIds: [reading.id], kinds: ["event"] });
    // 4 questions, 1 fixed: a pool of 4 more cannot be drawn — refused, nothing written
    await expect(updateQuiz({ quizId: id, instructorId: teacher.id, input: { slots: [slots[0], { ...slots[1], count: 4 }] } })).rejects.toMatchObject({ code: "BAD_INPUT", fields: { "slots.1.count": expect.stringMatching(/only 3 match/) } });
    expect((await getQuizForEdit({ quizId: id, instructorId: teacher.id, now: NOW }))!.slots).toHaveLength(2);
    await expect(createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug], { slots: [{ pool: {}, count: 5, points: 1 }] }) })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await setPublished({ quizId: id, instructorId: teacher.id, published: true, now: NOW });
    expect((await getQuizForEdit({ quizId: id, instructorId: teacher.id, now: NOW }))!.status).toBe("open");
    await expect(deleteDraftQuiz({ quizId: id, instructorId: teacher.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("another instructor gets a 404; a co-instructor has the same rights", async () => {
    const { teacher, klass, reading } = await setUp(0);
    const { id } = await createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug]) });
    const stranger = await createInstructor(prisma);
    const co = await createInstructor(prisma);
    await prisma.classInstructor.create({ data: { classId: klass.id, userId: co.id, isOwner: false } });
    await expect(createQuiz({ classId: klass.id, instructorId: stranger.id, input: input([reading.slug]) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getQuizForEdit({ quizId: id, instructorId: stranger.id, now: NOW })).toBeNull();
    await expect(updateQuiz({ quizId: id, instructorId: stranger.id, input: { title: "Mine" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteDraftQuiz({ quizId: id, instructorId: stranger.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await updateQuiz({ quizId: id, instructorId: co.id, input: { title: "Renamed by the co-instructor", attemptsAllowed: 3 } });
    expect(await getQuizForEdit({ quizId: id, instructorId: teacher.id, now: NOW })).toMatchObject({ title: "Renamed by the co-instructor", attemptsAllowed: 3 });
    await deleteDraftQuiz({ quizId: id, instructorId: co.id });
    expect(await prisma.quiz.count({ where: { id } })).toBe(0);
  });

  it("after the first attempt the questions are frozen and the quiz cannot go back to a draft; settings still change", async () => {
    const { teacher, klass, reading, questions, students } = await setUp(1);
    const { id } = await createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug], { slots: [{ questionId: questions[1].id, points: 1 }] }) });
    await setPublished({ quizId: id, instructorId: teacher.id, published: true, now: NOW });
    await insertFinishedAttempt({ quizId: id, studentId: students[0].id, questionIds: [questions[1].id], responses: ["Alpha"] });
    await expect(updateQuiz({ quizId: id, instructorId: teacher.id, input: { slots: [] } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setPublished({ quizId: id, instructorId: teacher.id, published: false, now: NOW })).rejects.toMatchObject({ code: "CONFLICT" });
    await updateQuiz({ quizId: id, instructorId: teacher.id, input: { timeLimitSeconds: 1200, reviewOptions: { score: "immediately", correctness: "immediately", answer: "never", explanation: "never" } } });
    expect(await getQuizForEdit({ quizId: id, instructorId: teacher.id, now: NOW })).toMatchObject({ timeLimitSeconds: 1200, reviewOptions: { answer: "never" } });
  });

  it("the preview draws and marks on the server and records nothing", async () => {
    const { teacher, klass, reading, questions } = await setUp(0);
    const { id } = await createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug], { slots: [{ questionId: questions[0].id, points: 2 }, { pool: {}, count: 2, points: 1 }] }) });
    const before = await Promise.all([prisma.attempt.count(), prisma.attemptEvent.count(), prisma.auditLog.count()]);
    const preview = await getQuizPreview({ quizId: id, instructorId: teacher.id, seed: "s" });
    expect(preview.items.map((i) => i.questionId).sort()).toEqual(questions.map((q) => q.id).sort());
    expect(JSON.stringify(preview)).not.toContain("The article says Alpha");
    const checked = await checkPreviewAnswers({ quizId: id, instructorId: teacher.id, answers: [{ questionId: questions[0].id, response: "Alpha" }, { questionId: questions[1].id, response: "Beta" }] });
    expect(checked).toMatchObject({ score: 2, maxScore: 3, recorded: false, results: [{ fraction: 1, earned: 2, answer: "Alpha" }, { fraction: 0, earned: 0 }] });
    expect(await Promise.all([prisma.attempt.count(), prisma.attemptEvent.count(), prisma.auditLog.count()])).toEqual(before);
  });
});

describe("accommodations, marks and regrades", () => {
  it("an accommodation added mid-attempt moves the open attempt's deadline", async () => {
    const { teacher, klass, reading, questions, students } = await setUp(1);
    const { id } = await createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug], { timeLimitSeconds: 600, slots: [{ questionId: questions[0].id, points: 1 }] }) });
    await setPublished({ quizId: id, instructorId: teacher.id, published: true, now: NOW });
    const startedAt = new Date(Date.now() - 60_000);
    const attempt = await prisma.attempt.create({ data: { quizId: id, studentId: students[0].id, number: 1, startedAt, deadline: new Date(startedAt.getTime() + 600_000), seed: "x" } });
    const result = await setAccommodation({ classId: klass.id, studentId: students[0].id, instructorId: teacher.id, input: { timeMultiplier: 1.5, extraMinutes: 5, extraAttempts: 1, note: "Letter on file" }, now: new Date() });
    expect(result.movedAttempts).toHaveLength(1);
    const moved = await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { deadline: true } });
    expect(moved.deadline!.getTime()).toBe(startedAt.getTime() + 600_000 * 1.5 + 300_000);
    expect(await prisma.auditLog.count({ where: { action: "accommodation.set", targetId: `${klass.id}:${students[0].id}` } })).toBe(1);
    const stranger = await createInstructor(prisma);
    await expect(setAccommodation({ classId: klass.id, studentId: students[0].id, instructorId: stranger.id, input: { timeMultiplier: 2, extraMinutes: 0, extraAttempts: 0, note: null }, now: new Date() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a mark override changes the score and keeps its history in the audit log", async () => {
    const { teacher, klass, reading, questions, students } = await setUp(1);
    const { id } = await createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug], { slots: [{ questionId: questions[0].id, points: 1 }, { questionId: questions[1].id, points: 1 }] }) });
    const attempt = await insertFinishedAttempt({ quizId: id, studentId: students[0].id, questionIds: [questions[0].id, questions[1].id], responses: ["Alpha", "Beta"] });
    expect(attempt.score).toBe(1);
    await overrideMark({ attemptId: attempt.id, position: 2, instructorId: teacher.id, mark: 0.5, comment: "Half right in substance", now: NOW });
    await overrideMark({ attemptId: attempt.id, position: 2, instructorId: teacher.id, mark: 1, comment: "On reflection, right", now: NOW });
    expect((await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(2);
    const item = await prisma.attemptItem.findFirstOrThrow({ where: { attemptId: attempt.id, position: 2 } });
    const history = await prisma.auditLog.findMany({ where: { targetType: "AttemptItem", targetId: item.id }, orderBy: { createdAt: "asc" }, select: { data: true, actorId: true } });
    expect(history.map((h) => h.data)).toMatchObject([{ before: null, after: 0.5, comment: "Half right in substance" }, { before: 0.5, after: 1, comment: "On reflection, right" }]);
    await expect(overrideMark({ attemptId: attempt.id, position: 2, instructorId: teacher.id, mark: 3, comment: "too much", now: NOW })).rejects.toMatchObject({ code: "BAD_INPUT" });
    const stranger = await createInstructor(prisma);
    await expect(overrideMark({ attemptId: attempt.id, position: 2, instructorId: stranger.id, mark: 0, comment: "x", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("regrade re-marks past attempts against the corrected version exactly once, even when two run at once", async () => {
    const { teacher, klass, reading, questions, students } = await setUp(2);
    const q = questions[1].id;
    const { id } = await createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug], { slots: [{ questionId: q, points: 1 }] }) });
    const a = await insertFinishedAttempt({ quizId: id, studentId: students[0].id, questionIds: [q], responses: ["Alpha"] });
    const b = await insertFinishedAttempt({ quizId: id, studentId: students[1].id, questionIds: [q], responses: ["Beta"] });
    await prisma.attempt.update({ where: { id: b.id }, data: { reviewedAt: NOW } });
    await correctQuestion(q, "Beta");
    const unreviewed = await regradeQuestion({ quizId: id, instructorId: teacher.id, questionId: q, scope: "unreviewed", now: NOW });
    expect(unreviewed).toMatchObject({ regradedItems: 1, changedItems: 1, attempts: [{ attemptId: a.id, before: 1, after: 0 }] });
    const [first, second] = await Promise.all([
      regradeQuestion({ quizId: id, instructorId: teacher.id, questionId: q, scope: "all", now: NOW }),
      regradeQuestion({ quizId: id, instructorId: teacher.id, questionId: q, scope: "all", now: NOW }),
    ]);
    expect([first.regradedItems, second.regradedItems].sort()).toEqual([0, 1]);
    const scores = await prisma.attempt.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, score: true } });
    expect(Object.fromEntries(scores.map((s) => [s.id, s.score]))).toEqual({ [a.id]: 0, [b.id]: 1 });
    expect(await prisma.auditLog.count({ where: { action: "quiz.regrade", targetId: id } })).toBe(2);
    expect(await prisma.attemptEvent.count({ where: { attemptId: { in: [a.id, b.id] }, kind: "regraded" } })).toBe(2);
  });

  it("regrade of a shipped question the instructor corrected in their copy marks against the copy (decision 008)", async () => {
    const { teacher, klass, reading, questions, students } = await setUp(1);
    const shipped = questions[2].id;
    const { id } = await createQuiz({ classId: klass.id, instructorId: teacher.id, input: input([reading.slug], { slots: [{ questionId: shipped, points: 1 }] }) });
    const attempt = await insertFinishedAttempt({ quizId: id, studentId: students[0].id, questionIds: [shipped], responses: ["Beta"] });
    expect(attempt.score).toBe(0);
    const copy = await createQuestion({ reading, ownerId: teacher.id, forkOfId: shipped });
    await correctQuestion(copy.id, "Beta");
    const result = await regradeQuestion({ quizId: id, instructorId: teacher.id, questionId: shipped, scope: "all", now: NOW });
    expect(result).toMatchObject({ markedWith: copy.id, version: 2, changedItems: 1, attempts: [{ attemptId: attempt.id, before: 0, after: 1 }] });
  });
});
