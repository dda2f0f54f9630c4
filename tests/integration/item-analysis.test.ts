import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassQuestionInsights } from "@/lib/analytics/questions/class-question-insights";
import { getItemAnalysis } from "@/lib/analytics/questions/item-analysis-queries";
import { prisma } from "@/lib/db";
import { srsPool } from "@/lib/srs/pool";
import { createInstructor } from "@/tests/factories";
import { insertAttempt, insertQuiz, type QuizFixture } from "@/tests/fixtures/quiz-attempts";
import { classWithStudents, createQuestion, createReading, removeCreatedContent } from "./srs-fixtures";

// The unit test's hand-computed 5 × 4 example (tests/unit/analytics/item-analysis.test.ts), now as rows in
// PostgreSQL: what the one set-based query and the pure module make of them must be the hand-computed numbers.
//          q1  q2  q3  q4        responses: right = "Alpha", wrong = "Beta"; D's q4 is half credit by an override
//   A       1   1   1   1
//   B       1   1   1   0
//   C       1   1   0   1
//   D       1   0   0  1/2
//   E       0   0   1   0
const MARKS = [[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 1], [1, 0, 0, 0.5], [0, 0, 1, 0]];
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));
const pool = srsPool();
let world: { teacherId: string; classId: string; quiz: QuizFixture; questionIds: string[]; studentIds: string[] };

async function addReviews({ studentId, questionId, ratings }: { studentId: string; questionId: string; ratings: number[] }) {
  const card = await prisma.card.create({ data: { studentId, questionId, due: at(0), state: 2, difficulty: 6, lapses: 0 }, select: { id: true } });
  const { currentVersionId } = await prisma.question.findUniqueOrThrow({ where: { id: questionId }, select: { currentVersionId: true } });
  for (const [i, rating] of ratings.entries()) {
    await prisma.reviewLog.create({
      data: { cardId: card.id, studentId, questionVersionId: currentVersionId!, rating, reviewedAt: at(i), elapsedDays: 1, stateBefore: 2, stateAfter: rating === 1 ? 3 : 2,
              cardBefore: {}, cardAfter: {}, durationMs: 1000, idempotencyKey: `ia-${card.id}-${i}` },
    });
  }
}

beforeAll(async () => {
  const { teacher, klass, students } = await classWithStudents(5);
  const reading = await createReading();
  await prisma.assignment.create({ data: { classId: klass.id, readingId: reading.id } });
  const questionIds = [];
  for (let i = 0; i < 4; i++) questionIds.push((await createQuestion({ reading })).id);
  const quiz = await insertQuiz(pool, { classId: klass.id, questionIds });
  for (const [s, row] of MARKS.entries()) {
    await insertAttempt(pool, {
      quiz, studentId: students[s].id, startedAt: at(s),
      items: row.map((mark, i) => ({
        ...(mark === 0.5 ? { fraction: 0, overrideMark: 0.5, response: "Beta" } : { fraction: mark, response: mark ? "Alpha" : "Beta" }),
        // A saved q1 at +20 s, q4 at +50 s, q2 at +110 s and never q3: 20, 60 and 30 s since the previous save.
        savedAt: s === 0 ? [new Date(at(0).getTime() + 20_000), new Date(at(0).getTime() + 110_000), null, new Date(at(0).getTime() + 50_000)][i] : null,
      })),
    });
  }
  // E's second attempt (all right) counts only with "all"; an attempt in progress never counts.
  await insertAttempt(pool, { quiz, studentId: students[4].id, number: 2, startedAt: at(30), items: [1, 1, 1, 1].map((f) => ({ fraction: f, response: " Alpha  " })) });
  await insertAttempt(pool, { quiz, studentId: students[0].id, number: 2, startedAt: at(40), finishedAt: null, items: [{ fraction: 0 }] });
  // Flashcards: q1 forgotten 6 times in 10 Review-state reviews; q2–q4 once in 30 each → the reading: 9 in 100.
  await addReviews({ studentId: students[0].id, questionId: questionIds[0], ratings: [1, 1, 1, 1, 1, 1, 3, 3, 3, 3] });
  for (const q of questionIds.slice(1)) await addReviews({ studentId: students[1].id, questionId: q, ratings: [1, ...Array(29).fill(3)] });
  world = { teacherId: teacher.id, classId: klass.id, quiz, questionIds, studentIds: students.map((s) => s.id) };
});

afterAll(async () => {
  await prisma.quiz.deleteMany({ where: { id: world.quiz.quizId } });
  await removeCreatedContent();
});

const close = (actual: number | null, expected: number) => expect(actual).toBeCloseTo(expected, 9);

describe("item analysis over seeded attempts", () => {
  it("equals the hand-computed statistics over first attempts", async () => {
    const analysis = (await getItemAnalysis({ quizId: world.quiz.quizId, classId: world.classId, instructorId: world.teacherId, which: "first" }))!;
    expect(analysis.attempts).toBe(5);
    expect(analysis.rows.map((r) => r.questionId)).toEqual(world.questionIds);
    [4 / 5, 3 / 5, 3 / 5, 1 / 2].forEach((f, i) => close(analysis.rows[i].facility, f));
    [Math.sqrt(1 / 5), Math.sqrt(3 / 10), Math.sqrt(3 / 10), 1 / 2].forEach((sd, i) => close(analysis.rows[i].sd, sd));
    [7 / (4 * Math.sqrt(19)), 13 / (2 * Math.sqrt(66)), -7 / (2 * Math.sqrt(186)), 1 / 4].forEach((d, i) => close(analysis.rows[i].discriminationIndex, d));
    [7 / 12, 1, -7 / 23, 1 / 4].forEach((de, i) => close(analysis.rows[i].discriminativeEfficiency, de));
    expect(analysis.rows.map((r) => r.averageSeconds)).toEqual([20, 60, null, 30]);
    close(analysis.summary.mean, 5 / 2);
    close(analysis.summary.median, 3);
    close(analysis.summary.cic, 2 / 5);
    close(analysis.summary.standardError, 3 / Math.sqrt(10));
    expect(analysis.distribution.map((b) => b.count)).toEqual([0, 0, 1, 1, 0, 0, 0, 2, 0, 1]); // 25%, 37.5%, 75% ×2, 100%
  });

  it("counts the multiple-choice responses and flags q3 (negative discrimination) and q1 (lapses)", async () => {
    const analysis = (await getItemAnalysis({ quizId: world.quiz.quizId, instructorId: world.teacherId, which: "first" }))!;
    expect(analysis.rows[1].distractors).toMatchObject({ unanswered: 0, other: 0 });
    expect(analysis.rows[1].distractors!.choices.map((c) => [c.option, c.count])).toEqual([["Alpha", 3], ["Beta", 2], ["Gamma", 0]]);
    expect(analysis.rows.map((r) => r.flags.map((f) => f.rule))).toEqual([["high_lapse_rate"], [], ["negative_discrimination"], []]);
    expect(analysis.rows[0].memory).toMatchObject({ reviews: 10, lapses: 6, lapseRate: 0.6, readingLapseRate: 0.09, meanDifficulty: 6 });
    expect(analysis.rows[2].links.sentence).toMatch(new RegExp(`^/readings/srs-[0-9a-f]+#q-${world.questionIds[2]}$`));
    expect(analysis.rows[2].links.editor).toBe(`/instructor/questions/${world.questionIds[2]}/edit`);
  });

  it("over all attempts takes E's second attempt too (a response with stray spaces counts as its option)", async () => {
    const analysis = (await getItemAnalysis({ quizId: world.quiz.quizId, instructorId: world.teacherId, which: "all" }))!;
    expect(analysis.attempts).toBe(6);
    close(analysis.rows[0].facility, 5 / 6);
    expect(analysis.rows[0].distractors!.choices[0]).toMatchObject({ option: "Alpha", count: 5 });
  });

  it("is null for another instructor, whatever class id they pass, and open to a co-instructor", async () => {
    const stranger = await createInstructor(prisma);
    expect(await getItemAnalysis({ quizId: world.quiz.quizId, instructorId: stranger.id, which: "first" })).toBeNull();
    expect(await getItemAnalysis({ quizId: world.quiz.quizId, classId: world.classId, instructorId: stranger.id, which: "first" })).toBeNull();
    await prisma.classInstructor.create({ data: { classId: world.classId, userId: stranger.id } });
    expect((await getItemAnalysis({ quizId: world.quiz.quizId, instructorId: stranger.id, which: "first" }))?.attempts).toBe(5);
    expect(await getItemAnalysis({ quizId: world.quiz.quizId, classId: "c".repeat(25), instructorId: stranger.id, which: "first" })).toBeNull();
  });
});

describe("class question insights", () => {
  it("combines first-attempt quiz results and flashcard memory per question, kind and reading, with the flags", async () => {
    const insights = (await getClassQuestionInsights({ classId: world.classId, instructorId: world.teacherId }))!;
    expect(insights.questions.map((q) => q.questionId).sort()).toEqual([...world.questionIds].sort());
    const byId = new Map(insights.questions.map((q) => [q.questionId, q]));
    expect(byId.get(world.questionIds[0])).toMatchObject({ quizScore: 4 / 5, quizItems: 5, reviews: 10, recall: 0.4, lapseRate: 0.6 });
    expect(byId.get(world.questionIds[0])!.flags.map((f) => [f.rule, f.quiz])).toEqual([["high_lapse_rate", null]]);
    expect(byId.get(world.questionIds[2])!.flags.map((f) => [f.rule, f.quiz?.id])).toEqual([["negative_discrimination", world.quiz.quizId]]);
    // one reading, one kind ("event"): marks 12.5 of 20 on first attempts; 9 lapses in 100 Review-state reviews
    for (const groups of [insights.byReading, insights.byKind]) {
      expect(groups).toHaveLength(1);
      expect(groups[0].quizScore).toBeCloseTo(12.5 / 20, 12);
      expect(groups[0].recall).toBeCloseTo(0.91, 12);
    }
    expect(insights.byKind[0].label).toBe("Events");
  });
});
