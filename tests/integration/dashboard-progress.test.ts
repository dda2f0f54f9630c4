// The class dashboard against a hand-made class: every number below is counted by hand from the rows this file
// writes (recall values are ts-fsrs's, through lib/srs/scheduler.ts, so the SQL forgetting curve is checked too).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAtRiskStudents } from "@/lib/analytics/at-risk";
import { getClassActivity } from "@/lib/analytics/class-activity";
import { getClassProgress } from "@/lib/analytics/class-progress";
import { prisma } from "@/lib/db";
import { assignReading } from "@/lib/srs/assignments";
import { DEFAULT_SETTINGS, retrievabilityAt, type StoredCard } from "@/lib/srs/scheduler";
import { createInstructor } from "@/tests/factories";
import { classWithStudents, createQuestion, createReading, removeCreatedContent } from "./srs-fixtures";

afterAll(removeCreatedContent);

const NOW = new Date("2026-11-29T12:00:00Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const SETTINGS = { ...DEFAULT_SETTINGS, params: null };
const DUE = new Date(NOW.getTime() + 3 * DAY);

type Fixture = Awaited<ReturnType<typeof seed>>;
let f: Fixture;

async function setCard(studentId: string, questionId: string, card: Partial<StoredCard>) {
  const row = await prisma.card.update({ where: { studentId_questionId: { studentId, questionId } }, data: card, select: { id: true } });
  return row.id;
}

async function log(cardId: string, studentId: string, classId: string, reviewedAt: Date, stateBefore = 2, rating = 3) {
  const version = await prisma.card.findUniqueOrThrow({ where: { id: cardId }, select: { question: { select: { currentVersionId: true } } } });
  await prisma.reviewLog.create({
    data: {
      cardId, studentId, classId, questionVersionId: version.question.currentVersionId!, rating, reviewedAt, elapsedDays: 1,
      stateBefore, stateAfter: 2, cardBefore: {}, cardAfter: {}, durationMs: 3000, idempotencyKey: randomUUID(),
    },
  });
}

async function seed() {
  const { teacher, klass, students } = await classWithStudents(3);
  const [a, b, c] = students;
  const r1 = await createReading("Reading one");
  const r2 = await createReading("Reading two");
  const q1 = await createQuestion({ reading: r1 });
  const q2 = await createQuestion({ reading: r1 });
  const q3 = await createQuestion({ reading: r2 });
  const as1 = await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: r1.slug, dueAt: DUE.toISOString(), now: NOW });
  await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: r2.slug, dueAt: null, now: NOW });
  await prisma.assignment.updateMany({ where: { classId: klass.id }, data: { createdAt: ago(7) } });
  await prisma.enrollment.updateMany({ where: { classId: klass.id }, data: { createdAt: ago(10) } });
  // A: both cards of reading one studied (one overdue), reading two untouched; three reviews, two in the last week.
  const a1 = { state: 2, stability: 100, difficulty: 5, lastReview: ago(5), due: ago(1), reps: 2 };
  const a2 = { state: 2, stability: 200, difficulty: 5, lastReview: ago(2), due: new Date(NOW.getTime() + 10 * DAY), reps: 2 };
  const a1id = await setCard(a.id, q1.id, a1);
  const a2id = await setCard(a.id, q2.id, a2);
  await log(a1id, a.id, klass.id, ago(8));
  await log(a1id, a.id, klass.id, ago(1));
  await log(a2id, a.id, klass.id, ago(2), 2, 1);
  // B: nothing studied. C: one learning card, overdue by 30 minutes, reviewed an hour ago.
  const c1 = { state: 1, stability: 1, difficulty: 6, lastReview: new Date(NOW.getTime() - 3_600_000), due: new Date(NOW.getTime() - 1_800_000), reps: 1 };
  const c1id = await setCard(c.id, q1.id, c1);
  await log(c1id, c.id, klass.id, c1.lastReview, 0, 3);
  // A quiz graded by average, closed yesterday: A 2 and 4 of 10 (average 3: failed), B nothing (missed), C 8 of 10.
  const quiz = await prisma.quiz.create({
    data: { classId: klass.id, title: "Quiz one", gradingMethod: "average", closesAt: ago(1), publishedAt: ago(9), reviewOptions: {} },
  });
  const attempt = (studentId: string, number: number, score: number, startedAt: Date) =>
    prisma.attempt.create({ data: { quizId: quiz.id, studentId, number, state: "finished", startedAt, finishedAt: new Date(startedAt.getTime() + 600_000), score, maxScore: 10, seed: "s" } });
  await attempt(a.id, 1, 2, ago(4));
  await attempt(a.id, 2, 4, ago(3));
  await attempt(c.id, 1, 8, ago(3));
  await prisma.accommodation.create({ data: { classId: klass.id, studentId: b.id, timeMultiplier: 1.5, note: "Extra time" } });
  const full = (x: Partial<StoredCard>) => ({ elapsedDays: 0, scheduledDays: 0, learningSteps: 0, lapses: 0, ...x }) as StoredCard;
  const r = (x: Partial<StoredCard>, at = NOW) => retrievabilityAt(full(x), at, SETTINGS);
  return { teacher, klass, a, b, c, quiz, as1, a1, a2, c1, r };
}

beforeAll(async () => {
  f = await seed();
});

describe("class progress", () => {
  it("matches a hand count per student", async () => {
    const p = await getClassProgress({ classId: f.klass.id, instructorId: f.teacher.id, now: NOW });
    const row = (id: string) => p.students.find((s) => s.studentId === id)!;
    expect(p.students).toHaveLength(3);
    expect(row(f.a.id)).toMatchObject({ reviews7d: 2, overdue: 1, studied: 2, cards: 3, lastActiveAt: ago(1).toISOString() });
    expect(row(f.a.id).meanRecall).toBeCloseTo((f.r(f.a1) + f.r(f.a2)) / 2, 3);
    expect(row(f.a.id).readings.map((x) => [x.studied, x.cards])).toEqual([[2, 2], [0, 1]]);
    expect(row(f.a.id).quizzes).toEqual([{ quizId: f.quiz.id, grade: 3, fraction: 0.3, attempts: 2 }]);
    expect(row(f.b.id)).toMatchObject({ reviews7d: 0, overdue: 0, studied: 0, meanRecall: null, lastActiveAt: null });
    expect(row(f.b.id).accommodation).toMatchObject({ timeMultiplier: 1.5, note: "Extra time" });
    expect(row(f.b.id).quizzes[0]).toMatchObject({ grade: null, attempts: 0 });
    expect(row(f.c.id)).toMatchObject({ reviews7d: 1, overdue: 1, studied: 1, meanRecall: 1 });
    expect(row(f.c.id).quizzes[0]).toMatchObject({ grade: 8, fraction: 0.8 });
  });

  it("matches a hand count per reading", async () => {
    const p = await getClassProgress({ classId: f.klass.id, instructorId: f.teacher.id, now: NOW });
    const [one, two] = p.readings;
    expect(one).toMatchObject({ title: "Reading one", startedShare: 2 / 3, finishedNewShare: 1 / 3 });
    expect(one.meanRecallNow).toBeCloseTo((f.r(f.a1) + f.r(f.a2) + f.r(f.c1)) / 6, 3);
    expect(one.meanRecallAtDue).toBeCloseTo((f.r(f.a1, DUE) + f.r(f.a2, DUE) + f.r(f.c1, DUE)) / 6, 3);
    expect(two).toMatchObject({ title: "Reading two", startedShare: 0, finishedNewShare: 0, meanRecallNow: 0, meanRecallAtDue: null });
  });

  it("charts the class's reviews per day and true retention by week", async () => {
    const p = await getClassActivity({ classId: f.klass.id, instructorId: f.teacher.id, now: NOW });
    expect(p.reviewsPerDay.reduce((n, d) => n + d.reviews, 0)).toBe(4);
    // In review state: A's three first-of-day reviews (one Again); C's was a learning card.
    const weeks = p.retentionByWeek;
    expect(weeks.reduce((n, w) => n + w.reviews, 0)).toBe(3);
    expect(weeks.reduce((n, w) => n + w.retention * w.reviews, 0)).toBeCloseTo(2, 6);
  });

  it("lists at-risk students with the rule and since when", async () => {
    const { students } = await getAtRiskStudents({ classId: f.klass.id, instructorId: f.teacher.id, now: NOW });
    const of = (id: string) => students.find((s) => s.studentId === id)?.reasons.map((r) => [r.rule, r.since]);
    expect(of(f.a.id)).toEqual([["failed_quiz", new Date(ago(3).getTime() + 600_000).toISOString()]]);
    expect(of(f.b.id)).toEqual([
      ["inactive", ago(10).toISOString()],
      ["missed_quiz", ago(1).toISOString()],
      // Due in three days: the week before it began four days ago (after the assignment, seven days ago).
      ["behind_for_due_date", ago(4).toISOString()],
    ]);
    expect(of(f.c.id)).toEqual([["behind_for_due_date", ago(4).toISOString()]]);
  });

  it("applies the class's own thresholds", async () => {
    await prisma.atRiskSettings.create({ data: { classId: f.klass.id, inactiveDays: 30, overdueCards: 0, minMeanRecall: 0.7, minQuizFraction: 0.2, flagMissedQuiz: false } });
    const { students } = await getAtRiskStudents({ classId: f.klass.id, instructorId: f.teacher.id, now: NOW });
    const of = (id: string) => students.find((s) => s.studentId === id)?.reasons.map((r) => [r.rule, r.since]);
    expect(of(f.a.id)).toEqual([["overdue", f.a1.due!.toISOString()]]);
    expect(of(f.b.id)).toEqual([["behind_for_due_date", ago(4).toISOString()]]);
    expect(of(f.c.id)?.[0]).toEqual(["overdue", f.c1.due!.toISOString()]);
    await prisma.atRiskSettings.delete({ where: { classId: f.klass.id } });
  });

  it("is the class's instructors' only: another instructor gets a 404, a co-instructor sees it", async () => {
    const other = await createInstructor(prisma);
    await expect(getClassProgress({ classId: f.klass.id, instructorId: other.id, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAtRiskStudents({ classId: f.klass.id, instructorId: other.id, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.classInstructor.create({ data: { classId: f.klass.id, userId: other.id } });
    const p = await getClassProgress({ classId: f.klass.id, instructorId: other.id, now: NOW });
    expect(p.students).toHaveLength(3);
    await expect(getClassActivity({ classId: f.klass.id, instructorId: f.teacher.id.slice(1) + "x", now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
