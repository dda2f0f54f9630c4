import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadAttemptReview } from "@/lib/quiz/attempt-review";
import { recordConnectionEvent } from "@/lib/quiz/record-event";
import { listOpenQuizzes, loadQuizIntro } from "@/lib/quiz/student-quizzes";
import { saveAnswer } from "@/lib/quiz/save-answer";
import { startAttempt } from "@/lib/quiz/start-attempt";
import { submitAttempt } from "@/lib/quiz/submit-attempt";
import { removeCreatedContent } from "./srs-fixtures";
import { quizWorld, removeQuizzes } from "./quiz-fixtures";

afterAll(async () => {
  await removeQuizzes();
  await removeCreatedContent();
});

const NOW = new Date();
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

async function finishedAttempt(settings: Parameters<typeof quizWorld>[0]) {
  const world = await quizWorld({ questions: 2, ...settings });
  const sid = world.students[0].id;
  const { attemptId } = await startAttempt({ quizId: world.quiz.id, studentId: sid, sessionVersion: 0, now: NOW });
  await saveAnswer({ attemptId, studentId: sid, sessionVersion: 0, position: 1, body: { response: "Alpha", seq: 1 }, now: NOW });
  await submitAttempt({ attemptId, studentId: sid, by: "student", now: NOW });
  return { ...world, sid, attemptId };
}

describe("the review shows only what the options allow", () => {
  it("before the close: the score, and no mark, answer, explanation or quote in the data at all", async () => {
    const { sid, attemptId } = await finishedAttempt({ closesAt: hours(2), reviewOptions: { score: "immediately", correctness: "after_close", answer: "after_close", explanation: "after_close" } });
    const review = await loadAttemptReview({ attemptId, studentId: sid, now: NOW });
    expect(review!.score).toEqual({ score: 1, maxScore: 2 });
    expect(review!.items).toHaveLength(2);
    for (const item of review!.items) expect(Object.keys(item).sort()).toEqual(["points", "position", "readingTitle", "response", "view"]);
    expect(JSON.stringify(review!.items)).not.toMatch(/The article says Alpha|One sentence quoted|"answer"|fraction/);
    // after the close, everything
    const later = await loadAttemptReview({ attemptId, studentId: sid, now: hours(3) });
    expect(later!.items[0]).toMatchObject({ mark: { earned: 1, correct: true }, answer: "Alpha", explanation: "The article says Alpha." });
    expect(later!.items[0].quotes![0].text).toBe("One sentence quoted from the reading here.");
  });

  it("never: not even the score, on the review or in the quiz's history; another student's attempt is missing", async () => {
    const { sid, attemptId, quiz } = await finishedAttempt({ reviewOptions: { score: "never", correctness: "never", answer: "never", explanation: "never" } });
    const review = await loadAttemptReview({ attemptId, studentId: sid, now: hours(1000) });
    expect(review!.score).toBeUndefined();
    expect(review!.items.every((i) => i.mark === undefined && i.answer === undefined)).toBe(true);
    const intro = await loadQuizIntro({ quizId: quiz.id, studentId: sid, now: NOW });
    expect(intro!.attempts[0]).not.toHaveProperty("score");
    const other = await quizWorld({});
    expect(await loadAttemptReview({ attemptId, studentId: other.students[0].id, now: NOW })).toBeNull();
    expect(await loadQuizIntro({ quizId: quiz.id, studentId: other.students[0].id, now: NOW })).toBeNull();
  });

  it("Today lists open published quizzes with attempts left, not drafts or closed ones", async () => {
    const open = await quizWorld({ attemptsAllowed: 3, closesAt: hours(5) });
    const sid = open.students[0].id;
    const draft = await quizWorld({ published: false });
    await prisma.enrollment.create({ data: { classId: draft.klass.id, studentId: sid } });
    const list = await listOpenQuizzes({ studentId: sid, now: NOW });
    expect(list.map((q) => q.id)).toEqual([open.quiz.id]);
    expect(list[0]).toMatchObject({ attemptsLeft: 3, closesAt: hours(5).toISOString(), canStart: true });
    expect(await listOpenQuizzes({ studentId: sid, now: hours(6) })).toEqual([]);
  });

  it("connection reports join the timeline, clamped to the attempt's span whatever the device's clock says", async () => {
    const world = await quizWorld({ timeLimitSeconds: 600 });
    const sid = world.students[0].id;
    const { attemptId } = await startAttempt({ quizId: world.quiz.id, studentId: sid, sessionVersion: 0, now: NOW });
    await recordConnectionEvent({ attemptId, studentId: sid, kind: "connection_lost", at: "2001-01-01T00:00:00.000Z", now: hours(0.1) });
    await recordConnectionEvent({ attemptId, studentId: sid, kind: "connection_regained", at: "2099-01-01T00:00:00.000Z", now: hours(0.1) });
    const events = await prisma.attemptEvent.findMany({ where: { attemptId }, orderBy: { at: "asc" }, select: { kind: true, at: true } });
    expect(events.map((e) => e.kind)).toEqual(["started", "connection_lost", "connection_regained"]);
    expect(events[1].at).toEqual(new Date(NOW.toISOString())); // not before the start
    expect(events[2].at).toEqual(hours(0.1)); // not after the server's receipt
    const other = await quizWorld({});
    await expect(recordConnectionEvent({ attemptId, studentId: other.students[0].id, kind: "connection_lost" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
