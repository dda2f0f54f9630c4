import { afterAll, describe, expect, it } from "vitest";
import { joinClass } from "@/lib/classes/join-class";
import { prisma } from "@/lib/db";
import { assignReading, unassignReading } from "@/lib/srs/assignments";
import { getStudyQueue } from "@/lib/srs/study-queue";
import { syncCards } from "@/lib/srs/sync-cards";
import { createInstructor, createStudent } from "@/tests/factories";
import { classWithStudents, createQuestion, createReading, removeCreatedContent } from "./srs-fixtures";

afterAll(removeCreatedContent);

const NOW = new Date("2026-11-29T12:00:00Z");

async function queueIds(studentId: string) {
  const q = await getStudyQueue({ studentId, now: NOW, limit: 100 });
  return q.cards.map((c) => c.cardId);
}

describe("cards from assignments", () => {
  it("one card per enrolled student and active question; assigning twice, late joiners and added questions create nothing twice", async () => {
    const { teacher, klass, students } = await classWithStudents(3);
    const reading = await createReading();
    const q1 = await createQuestion({ reading });
    const q2 = await createQuestion({ reading });
    const first = await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: reading.slug, dueAt: null, now: NOW });
    expect(first.cardsCreated).toBe(6);
    const again = await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: reading.slug, dueAt: "2026-12-03T23:59:00+01:00", now: NOW });
    expect(again).toEqual({ assignmentId: first.assignmentId, cardsCreated: 0 });
    // late joiner, by join code and by sign-up
    const late = await createStudent(prisma, klass.joinCode);
    const otherClass = await classWithStudents(0);
    const other = await createStudent(prisma, otherClass.klass.joinCode);
    await joinClass({ studentId: other.id, joinCode: klass.joinCode });
    // an added question, then every sync path once more
    const q3 = await createQuestion({ reading });
    await syncCards({ now: NOW });
    await syncCards({ classId: klass.id, now: NOW });
    await syncCards({ studentId: late.id, now: NOW });
    const ids = [q1.id, q2.id, q3.id];
    const all = [...students, late, other];
    const rows = await prisma.card.groupBy({ by: ["studentId", "questionId"], where: { questionId: { in: ids } }, _count: true });
    expect(rows).toHaveLength(all.length * 3);
    expect(rows.every((r) => r._count === 1)).toBe(true);
    expect(new Set(rows.map((r) => r.studentId))).toEqual(new Set(all.map((s) => s.id)));
  });

  it("a student with the reading in two classes has one card per question, scheduled by the class that first gave it", async () => {
    const a = await classWithStudents(1);
    const b = await classWithStudents(0);
    const student = a.students[0];
    await joinClass({ studentId: student.id, joinCode: b.klass.joinCode });
    const reading = await createReading();
    const q = await createQuestion({ reading });
    await assignReading({ classId: b.klass.id, instructorId: b.teacher.id, readingSlug: reading.slug, dueAt: null, now: NOW });
    await assignReading({ classId: a.klass.id, instructorId: a.teacher.id, readingSlug: reading.slug, dueAt: null, now: NOW });
    const cards = await prisma.card.findMany({ where: { studentId: student.id, questionId: q.id }, select: { classId: true } });
    expect(cards).toHaveLength(1);
    // b assigned first: its sync created the card (the only class giving it then)
    expect(cards[0].classId).toBe(b.klass.id);
  });

  it("retired, unassigned and quiz-only questions never reach the queue; their cards and history stay", async () => {
    const { teacher, klass, students } = await classWithStudents(1);
    const student = students[0];
    const reading = await createReading();
    const kept = await createQuestion({ reading });
    const retired = await createQuestion({ reading });
    const quizOnly = await createQuestion({ reading, quizOnly: true });
    const { assignmentId } = await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: reading.slug, dueAt: null, now: NOW });
    expect(await prisma.card.count({ where: { studentId: student.id, questionId: quizOnly.id } })).toBe(0);
    expect(await queueIds(student.id)).toHaveLength(2);
    await prisma.question.update({ where: { id: retired.id }, data: { retiredAt: NOW } });
    const queue = await getStudyQueue({ studentId: student.id, now: NOW, limit: 100 });
    const keptCard = await prisma.card.findUniqueOrThrow({ where: { studentId_questionId: { studentId: student.id, questionId: kept.id } } });
    expect(queue.cards.map((c) => c.cardId)).toEqual([keptCard.id]);
    // a question marked quiz-only after its cards exist leaves the queue too
    await prisma.question.update({ where: { id: kept.id }, data: { quizOnly: true } });
    expect(await queueIds(student.id)).toEqual([]);
    await prisma.question.update({ where: { id: kept.id }, data: { quizOnly: false } });
    await unassignReading({ classId: klass.id, instructorId: teacher.id, assignmentId, now: NOW });
    expect(await queueIds(student.id)).toEqual([]);
    expect(await prisma.card.count({ where: { studentId: student.id } })).toBe(2);
  });

  it("a synthesis question becomes a card only once every reading it cites is assigned", async () => {
    const { teacher, klass, students } = await classWithStudents(2);
    const r1 = await createReading("First");
    const r2 = await createReading("Second");
    const synthesis = await createQuestion({ cites: [r1, r2] });
    await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: r1.slug, dueAt: null, now: NOW });
    expect(await prisma.card.count({ where: { questionId: synthesis.id } })).toBe(0);
    await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: r2.slug, dueAt: null, now: NOW });
    expect(await prisma.card.count({ where: { questionId: synthesis.id } })).toBe(2);
    const front = (await getStudyQueue({ studentId: students[0].id, now: NOW, limit: 100 })).cards.find((c) => c.readings.length === 2);
    expect(front?.reading).toBeNull();
    expect(front?.readings.map((r) => r.title).sort()).toEqual(["First", "Second"]);
  });

  it("an instructor's copy replaces the shipped question in their class only, and their own questions join it (decision 008)", async () => {
    const mine = await classWithStudents(1);
    const theirs = await classWithStudents(1);
    const reading = await createReading();
    const shipped = await createQuestion({ reading });
    const copy = await createQuestion({ reading, ownerId: mine.teacher.id, forkOfId: shipped.id });
    const own = await createQuestion({ reading, ownerId: mine.teacher.id });
    const strangers = await createQuestion({ reading, ownerId: theirs.teacher.id });
    for (const c of [mine, theirs]) await assignReading({ classId: c.klass.id, instructorId: c.teacher.id, readingSlug: reading.slug, dueAt: null, now: NOW });
    const cardsOf = async (studentId: string) =>
      (await prisma.card.findMany({ where: { studentId, question: { readingId: reading.id } }, select: { questionId: true } })).map((c) => c.questionId).sort();
    expect(await cardsOf(mine.students[0].id)).toEqual([copy.id, own.id].sort());
    expect(await cardsOf(theirs.students[0].id)).toEqual([shipped.id, strangers.id].sort());
    // the copy retired: the class falls back to the shipped question at the next sync
    await prisma.question.update({ where: { id: copy.id }, data: { retiredAt: NOW } });
    await syncCards({ classId: mine.klass.id, now: NOW });
    expect(await cardsOf(mine.students[0].id)).toEqual([copy.id, own.id, shipped.id].sort());
  });

  it("with copies by two instructors of the class, the owner's wins; the co-instructor's takes over when it is retired", async () => {
    const { teacher, klass, students } = await classWithStudents(1);
    const coTeacher = await createInstructor(prisma);
    await prisma.classInstructor.create({ data: { classId: klass.id, userId: coTeacher.id, isOwner: false } });
    const reading = await createReading();
    const shipped = await createQuestion({ reading });
    const coCopy = await createQuestion({ reading, ownerId: coTeacher.id, forkOfId: shipped.id });
    const ownerCopy = await createQuestion({ reading, ownerId: teacher.id, forkOfId: shipped.id });
    await assignReading({ classId: klass.id, instructorId: teacher.id, readingSlug: reading.slug, dueAt: null, now: NOW });
    const cardsOf = async () =>
      (await prisma.card.findMany({ where: { studentId: students[0].id, question: { readingId: reading.id } }, select: { questionId: true } })).map((c) => c.questionId);
    expect(await cardsOf()).toEqual([ownerCopy.id]);
    await prisma.question.update({ where: { id: ownerCopy.id }, data: { retiredAt: NOW } });
    await syncCards({ classId: klass.id, now: NOW });
    expect((await cardsOf()).sort()).toEqual([ownerCopy.id, coCopy.id].sort());
    const queued = await getStudyQueue({ studentId: students[0].id, now: NOW, limit: 100 });
    const queuedQuestions = await prisma.card.findMany({ where: { id: { in: queued.cards.map((c) => c.cardId) } }, select: { questionId: true } });
    expect(queuedQuestions.map((c) => c.questionId)).toContain(coCopy.id);
    expect(queuedQuestions.map((c) => c.questionId)).not.toContain(ownerCopy.id);
  });

  it("an instructor who does not teach the class gets a 404 and nothing is assigned", async () => {
    const { klass } = await classWithStudents(1);
    const stranger = await classWithStudents(0);
    const reading = await createReading();
    await createQuestion({ reading });
    await expect(assignReading({ classId: klass.id, instructorId: stranger.teacher.id, readingSlug: reading.slug, dueAt: null, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.assignment.count({ where: { classId: klass.id } })).toBe(0);
  });
});
