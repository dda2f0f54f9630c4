// A class with students and a published quiz over fresh questions, for the attempt tests; cleaned up by removeQuizzes.
import { prisma } from "@/lib/db";
import { createQuizForTest } from "@/tests/factories";
import { classWithStudents, createQuestion, createReading } from "./srs-fixtures";

const quizzes: string[] = [];

export async function removeQuizzes() {
  await prisma.quiz.deleteMany({ where: { id: { in: quizzes } } });
}

/** `n` fixed MCQs (answer "Alpha") on one reading, plus `quizOnly` quiz-only ones left for a pool. */
export async function quizWorld({ students = 1, questions = 3, quizOnly = 0, ...settings }: { students?: number; questions?: number; quizOnly?: number } & Parameters<typeof createQuizForTest>[1] extends infer T ? Partial<T> & { students?: number; questions?: number; quizOnly?: number } : never = {}) {
  const world = await classWithStudents(students);
  const reading = await createReading();
  const fixed = [];
  for (let i = 0; i < questions; i++) fixed.push(await createQuestion({ reading }));
  const held = [];
  for (let i = 0; i < quizOnly; i++) held.push(await createQuestion({ reading, quizOnly: true }));
  const quiz = await createQuizForTest(prisma, { classId: world.klass.id, readingIds: [reading.id], questionIds: fixed.map((q) => q.id), ...settings });
  quizzes.push(quiz.id);
  return { ...world, reading, quiz, fixed, held };
}
