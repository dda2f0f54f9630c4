import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradebookCsv } from "@/lib/analytics/csv-exports";
import { getGradebook } from "@/lib/analytics/gradebook";
import { prisma } from "@/lib/db";
import { srsPool } from "@/lib/srs/pool";
import { createInstructor } from "@/tests/factories";
import { insertAttempt, insertQuiz, type QuizFixture } from "@/tests/fixtures/quiz-attempts";
import { classWithStudents, createQuestion, createReading, removeCreatedContent } from "./srs-fixtures";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 3, 9, minute));
const pool = srsPool();
const METHODS = ["highest", "first", "latest", "average"] as const;
let world: { teacherId: string; classId: string; quizzes: QuizFixture[]; students: { id: string; name: string; email: string }[] };

beforeAll(async () => {
  const { teacher, klass, students } = await classWithStudents(2);
  await prisma.user.update({ where: { id: students[0].id }, data: { name: "Ada Student" } });
  await prisma.user.update({ where: { id: students[1].id }, data: { name: "=Bob Student" } }); // a formula in a cell
  const reading = await createReading();
  const { id: questionId } = await createQuestion({ reading });
  const quizzes = [];
  for (const method of METHODS) {
    const quiz = await insertQuiz(pool, { classId: klass.id, questionIds: [questionId], points: [2], gradingMethod: method, title: `Quiz by ${method}` });
    quizzes.push(quiz);
    // Ada: 1, then 2, then 0 points, in start order; an attempt in progress never counts.
    for (const [n, fraction] of [0.5, 1, 0].entries()) await insertAttempt(pool, { quiz, studentId: students[0].id, number: n + 1, startedAt: at(10 * n), items: [{ fraction }] });
    await insertAttempt(pool, { quiz, studentId: students[0].id, number: 4, startedAt: at(50), finishedAt: null, items: [{ fraction: 1 }] });
  }
  // Bob: one attempt on the first quiz, with an instructor's mark of 1.5 overriding the automatic 0.
  await insertAttempt(pool, { quiz: quizzes[0], studentId: students[1].id, startedAt: at(5), items: [{ fraction: 0, overrideMark: 1.5 }] });
  world = { teacherId: teacher.id, classId: klass.id, quizzes, students: await prisma.user.findMany({ where: { id: { in: students.map((s) => s.id) } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }) };
});

afterAll(async () => {
  await prisma.quiz.deleteMany({ where: { id: { in: world.quizzes.map((q) => q.quizId) } } });
  await removeCreatedContent();
});

describe("gradebook", () => {
  it("gives each quiz the grade its grading method yields, and the total", async () => {
    const book = (await getGradebook({ classId: world.classId, instructorId: world.teacherId }))!;
    expect(book.quizzes.map((q) => [q.title, q.gradingMethod, q.maxScore])).toEqual(METHODS.map((m) => [`Quiz by ${m}`, m, 2]));
    const byName = new Map(book.students.map((s) => [s.name, s]));
    expect(byName.get("Ada Student")).toMatchObject({ grades: [2, 1, 0, 1], total: 4, lastFinishedAt: new Date(at(20).getTime() + 600_000) });
    expect(byName.get("=Bob Student")).toMatchObject({ grades: [1.5, null, null, null], total: 1.5 });
  });

  it("writes one row per student with a BOM, a header and ISO dates, and no formula cell", async () => {
    const book = (await getGradebook({ classId: world.classId, instructorId: world.teacherId }))!;
    const csv = gradebookCsv(book);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { data, errors, meta } = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual(["Student", "Email", "Enrolled at", ...METHODS.map((m) => `Quiz by ${m} (out of 2)`), "Total (out of 8)", "Last attempt finished at"]);
    expect(data).toHaveLength(2);
    const ada = data.find((r) => r.Student === "Ada Student")!;
    expect(ada).toMatchObject({ "Quiz by highest (out of 2)": "2", "Quiz by average (out of 2)": "1", "Total (out of 8)": "4", "Last attempt finished at": "2026-11-03T09:30:00.000Z" });
    expect(ada["Enrolled at"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(data.map((r) => r.Student)).toContain("'=Bob Student");
    expect(data.find((r) => r.Student === "'=Bob Student")!["Quiz by first (out of 2)"]).toBe("");
  });

  it("is null for an instructor who does not teach the class, and open to a co-instructor", async () => {
    const stranger = await createInstructor(prisma);
    expect(await getGradebook({ classId: world.classId, instructorId: stranger.id })).toBeNull();
    await prisma.classInstructor.create({ data: { classId: world.classId, userId: stranger.id } });
    expect((await getGradebook({ classId: world.classId, instructorId: stranger.id }))?.students).toHaveLength(2);
  });
});
