import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters, type Grade } from "ts-fsrs";
import { prisma } from "@/lib/db";
import { assignReading } from "@/lib/srs/assignments";
import { rateCard } from "@/lib/srs/rate-card";
import { revealCard } from "@/lib/srs/reveal-card";
import { DEFAULT_SETTINGS, fromFsrsCard } from "@/lib/srs/scheduler";
import type { Rating } from "@/lib/srs/types";
import { undoRating } from "@/lib/srs/undo-rating";
import { classWithStudents, createQuestion, createReading, removeCreatedContent } from "./srs-fixtures";

afterAll(removeCreatedContent);

const NOW = new Date("2026-11-29T12:00:00Z");
const FSRS_FIELDS = { due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, state: true, lastReview: true } as const;

async function setup(students = 1) {
  const { teacher, klass, students: list } = await classWithStudents(students);
  const reading = await createReading();
  const question = await createQuestion({ reading });
  await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: reading.slug, dueAt: null, now: NOW });
  const cards = await prisma.card.findMany({ where: { questionId: question.id }, select: { id: true, studentId: true } });
  const cardOf = (studentId: string) => cards.find((c) => c.studentId === studentId)!.id;
  return { klass, students: list, cardOf };
}

const rate = (studentId: string, cardId: string, rating: Rating, expectedVersion: number, now = NOW, extra: { idempotencyKey?: string; fuzz?: boolean } = {}) =>
  rateCard({ studentId, sessionVersion: 0, cardId, rating, expectedVersion, idempotencyKey: extra.idempotencyKey ?? randomUUID(), durationMs: 2500, now, fuzz: extra.fuzz });

describe("rating a card", () => {
  it("10 concurrent ratings of one card: exactly one applies (one log row, one state change), the others are told", async () => {
    const { students, cardOf } = await setup();
    const cardId = cardOf(students[0].id);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => rate(students[0].id, cardId, ((i % 4) + 1) as Rating, 0)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await prisma.reviewLog.count({ where: { cardId } })).toBe(1);
    const card = await prisma.card.findUniqueOrThrow({ where: { id: cardId } });
    expect(card.version).toBe(1);
    expect(card.reps).toBe(1);
  });

  it("a retry with the same idempotency key returns the first result and changes nothing, also concurrently", async () => {
    const { students, cardOf } = await setup();
    const cardId = cardOf(students[0].id);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => rate(students[0].id, cardId, 3, 0, NOW, { idempotencyKey: key })));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(results[0]).toMatchObject({ cardId, version: 1 });
    expect(await prisma.reviewLog.count({ where: { cardId } })).toBe(1);
    // a key already used for another card is a conflict, not someone else's result
    const { cardOf: otherCardOf, students: others } = await setup();
    await expect(rate(others[0].id, otherCardOf(others[0].id), 3, 0, NOW, { idempotencyKey: key })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.card.findUniqueOrThrow({ where: { id: otherCardOf(others[0].id) } })).toMatchObject({ version: 0, reps: 0 });
  });

  it("replay: ratings through the app give the same card as ts-fsrs applied directly (fuzz off)", async () => {
    const { students, cardOf } = await setup();
    const cardId = cardOf(students[0].id);
    const f = fsrs(generatorParameters({ enable_fuzz: false, request_retention: DEFAULT_SETTINGS.desiredRetention, maximum_interval: DEFAULT_SETTINGS.maximumInterval, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }));
    const created = await prisma.card.findUniqueOrThrow({ where: { id: cardId } });
    let expected = createEmptyCard(created.due);
    let at = NOW;
    const ratings: Rating[] = [3, 3, 3, 1, 3, 2, 4, 3];
    for (const [i, rating] of ratings.entries()) {
      await rate(students[0].id, cardId, rating, i, at, { fuzz: false });
      expected = f.next(expected, at, rating as Grade).card;
      at = new Date(expected.due.getTime() + 3_600_000);
    }
    const stored = await prisma.card.findUniqueOrThrow({ where: { id: cardId }, select: FSRS_FIELDS });
    expect(stored).toEqual(fromFsrsCard(expected));
    expect(await prisma.reviewLog.count({ where: { cardId } })).toBe(ratings.length);
  });

  it("undo restores the card exactly and removes the log; only the latest rating can be undone", async () => {
    const { students, cardOf } = await setup();
    const student = students[0].id;
    const cardId = cardOf(student);
    const first = await rate(student, cardId, 3, 0);
    const before = await prisma.card.findUniqueOrThrow({ where: { id: cardId }, select: FSRS_FIELDS });
    const second = await rate(student, cardId, 1, 1, new Date(NOW.getTime() + 600_000));
    await expect(undoRating({ studentId: student, reviewLogId: first.reviewLogId })).rejects.toMatchObject({ code: "CONFLICT" });
    const undone = await undoRating({ studentId: student, reviewLogId: second.reviewLogId });
    expect(undone).toEqual({ cardId, version: 3 });
    expect(await prisma.card.findUniqueOrThrow({ where: { id: cardId }, select: FSRS_FIELDS })).toEqual(before);
    expect(await prisma.reviewLog.findMany({ where: { cardId }, select: { id: true } })).toEqual([{ id: first.reviewLogId }]);
    await expect(undoRating({ studentId: student, reviewLogId: second.reviewLogId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("student B can neither rate, reveal nor undo A's card: 404, and nothing changes", async () => {
    const { students, cardOf } = await setup(2);
    const [a, b] = students;
    const cardId = cardOf(a.id);
    await expect(rate(b.id, cardId, 3, 0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revealCard({ studentId: b.id, sessionVersion: 0, cardId, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await rate(a.id, cardId, 3, 0);
    await expect(undoRating({ studentId: b.id, reviewLogId: mine.reviewLogId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.card.findUniqueOrThrow({ where: { id: cardId } })).toMatchObject({ version: 1, reps: 1 });
  });

  it("a token older than the last sign-out is refused (401) even with the right card", async () => {
    const { students, cardOf } = await setup();
    await prisma.user.update({ where: { id: students[0].id }, data: { sessionVersion: 1 } });
    await expect(rate(students[0].id, cardOf(students[0].id), 3, 0)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("reveal checks the answer with the bank's matcher and shows the intervals of the four buttons", async () => {
    const { students, cardOf } = await setup();
    const back = await revealCard({ studentId: students[0].id, sessionVersion: 0, cardId: cardOf(students[0].id), response: "Beta", now: NOW });
    expect(back.answer).toBe("Alpha");
    expect(back.check).toEqual({ correct: false, suggested: 1 });
    expect(back.intervals).toEqual({ 1: "1m", 2: "6m", 3: "10m", 4: expect.stringMatching(/d$/) });
    expect(back.quotes[0].href).toMatch(/^\/readings\/srs-[0-9a-f]+#:~:text=/);
    const right = await revealCard({ studentId: students[0].id, sessionVersion: 0, cardId: cardOf(students[0].id), response: "Alpha", now: NOW });
    expect(right.check).toEqual({ correct: true, suggested: 3 });
  });
});
