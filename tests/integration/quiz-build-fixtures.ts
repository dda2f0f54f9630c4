// Quizzes and attempts made for the quiz-building tests: attempts are inserted as submit would leave them (items
// graded by the pure grading module), so these tests do not depend on the student side's routes.
import { randomBytes } from "node:crypto";
import { gradeAttemptItems } from "@/lib/grading/grade-attempt";
import { prisma } from "@/lib/db";
import { createQuestion, createReading } from "./srs-fixtures";

export async function quizWorld(classId: string, questions = 3) {
  const reading = await createReading();
  const qs = [];
  for (let i = 0; i < questions; i++) qs.push(await createQuestion({ reading, quizOnly: i === 0 }));
  return { reading, questions: qs };
}

/** A finished attempt whose every item answers `responses[i]` (the fixtures' MCQs: "Alpha" is right). */
export async function insertFinishedAttempt({ quizId, studentId, number = 1, questionIds, responses, startedAt = new Date("2026-11-20T10:00:00Z") }: {
  quizId: string; studentId: string; number?: number; questionIds: string[]; responses: string[]; startedAt?: Date;
}) {
  const questions = await prisma.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, currentVersionId: true, currentVersion: { select: { content: true } } } });
  const items = questionIds.map((id, i) => {
    const q = questions.find((x) => x.id === id)!;
    return { position: i + 1, questionId: id, questionVersionId: q.currentVersionId!, points: 1, response: responses[i], content: q.currentVersion!.content, optionOrder: null, overrideMark: null };
  });
  const graded = gradeAttemptItems({ items });
  return prisma.attempt.create({
    data: {
      quizId, studentId, number, state: "finished", startedAt, deadline: new Date(startedAt.getTime() + 600_000), finishedAt: new Date(startedAt.getTime() + 300_000),
      finishedBy: "student", score: graded.score, maxScore: graded.maxScore, seed: randomBytes(4).toString("hex"),
      items: { create: items.map(({ content: _c, optionOrder: _o, overrideMark: _m, ...item }, i) => ({ ...item, fraction: graded.fractions[i], gradedVersionId: item.questionVersionId })) },
    },
    select: { id: true, score: true },
  });
}

/** A new current version of a fixtures MCQ whose right answer becomes `answer`. */
export async function correctQuestion(questionId: string, answer: string) {
  const q = await prisma.question.findUniqueOrThrow({ where: { id: questionId }, select: { currentVersion: { select: { content: true, number: true, kind: true, difficulty: true, tags: true, prompt: true } } } });
  const v = q.currentVersion!;
  const content = { ...(v.content as Record<string, unknown>), answer };
  const created = await prisma.questionVersion.create({
    data: { questionId, number: v.number + 1, contentHash: randomBytes(4).toString("hex"), content, kind: v.kind, difficulty: v.difficulty, tags: v.tags, prompt: v.prompt, createdBy: "editor" },
  });
  await prisma.question.update({ where: { id: questionId }, data: { currentVersionId: created.id } });
}

export async function removeQuizzes(classIds: string[]) {
  await prisma.quiz.deleteMany({ where: { classId: { in: classIds } } });
}
