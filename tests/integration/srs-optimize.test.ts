import { afterAll, describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters, type Grade } from "ts-fsrs";
import { prisma } from "@/lib/db";
import { assignReading } from "@/lib/srs/assignments";
import { MIN_REVIEWS, optimizeClass } from "@/lib/srs/optimize/optimize-class";
import { classWithStudents, createQuestion, createReading, removeCreatedContent } from "./srs-fixtures";

afterAll(removeCreatedContent);

const START = new Date("2026-06-01T08:00:00Z");

/** A learner simulated with ts-fsrs (STACK.md §8): recalls with the model's probability, reviews 0–2 days late. */
async function simulateReviews(classId: string, reviewsPerCard: number) {
  const cards = await prisma.card.findMany({ where: { classId }, select: { id: true, studentId: true, question: { select: { currentVersionId: true } } } });
  const f = fsrs(generatorParameters({ enable_fuzz: false }));
  let seed = 42;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const rows = [];
  for (const c of cards) {
    let card = createEmptyCard(START);
    let now = START;
    for (let n = 0; n < reviewsPerCard; n++) {
      const r = card.state === 0 ? 0.5 : (f.get_retrievability(card, now, false) as number);
      const rating = (rand() > r ? 1 : 2 + Math.floor(rand() * 3)) as Grade;
      const next = f.next(card, now, rating);
      rows.push({ cardId: c.id, studentId: c.studentId, classId, questionVersionId: c.question.currentVersionId!, rating, reviewedAt: now, elapsedDays: next.log.elapsed_days, stateBefore: card.state, stateAfter: next.card.state, cardBefore: {}, cardAfter: {}, durationMs: 1000, idempotencyKey: `sim-${c.id}-${n}` });
      card = next.card;
      now = new Date(card.due.getTime() + Math.floor(rand() * 3) * 86_400_000);
    }
  }
  await prisma.reviewLog.createMany({ data: rows });
  return rows.length;
}

describe("fitting FSRS parameters to a class", () => {
  it("says how many reviews are missing, and fits, compares on held-back reviews and applies only when better", { timeout: 180_000 }, async () => {
    const { teacher, klass } = await classWithStudents(5);
    const reading = await createReading();
    for (let i = 0; i < 20; i++) await createQuestion({ reading });
    await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: reading.slug, dueAt: null, now: START });
    await expect(optimizeClass({ classId: klass.id, instructorId: teacher.id, now: START })).rejects.toMatchObject({ code: "BAD_INPUT", message: expect.stringContaining(`(0 of ${MIN_REVIEWS}`) });
    const stranger = await classWithStudents(0);
    await expect(optimizeClass({ classId: klass.id, instructorId: stranger.teacher.id, now: START })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await simulateReviews(klass.id, 8)).toBe(800);
    const result = await optimizeClass({ classId: klass.id, instructorId: teacher.id, now: START });
    expect(result.reviews).toBe(800);
    expect(result.logLoss).toBeGreaterThan(0);
    expect(result.rmse).toBeGreaterThan(0);
    const settings = await prisma.srsSettings.findUnique({ where: { classId: klass.id } });
    if (result.applied) {
      expect(result.logLoss).toBeLessThan(result.before.logLoss);
      expect(settings?.params).toHaveLength(21);
    } else {
      expect(settings?.params ?? null).toBeNull();
    }
  });
});
