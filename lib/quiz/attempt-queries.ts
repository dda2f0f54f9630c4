// The instructor's view of a quiz's attempts: per student, their attempts with times and scores and the grade the
// quiz's grading method yields; one attempt's timeline and items (with the key: this is the instructor's page).
import "server-only";
import { prisma } from "@/lib/db";
import { answerText } from "@/lib/questions/flashcard";
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { attemptTaughtBy, quizTaughtBy } from "./quiz-access";
import { gradeAttempts, type GradingMethod } from "./scoring";

export async function listQuizAttempts({ quizId, instructorId }: { quizId: string; instructorId: string }) {
  const quiz = await prisma.quiz.findFirst({
    where: quizTaughtBy(quizId, instructorId),
    select: {
      id: true, title: true, classId: true, gradingMethod: true, class: { select: { name: true } },
      attempts: {
        orderBy: [{ startedAt: "asc" }],
        select: { id: true, studentId: true, number: true, state: true, startedAt: true, finishedAt: true, finishedBy: true, score: true, maxScore: true, reviewedAt: true },
      },
    },
  });
  if (!quiz) return null;
  const enrolled = await prisma.enrollment.findMany({ where: { classId: quiz.classId }, select: { student: { select: { id: true, name: true, email: true } } }, orderBy: { student: { name: "asc" } } });
  const students = enrolled.map(({ student }) => {
    const attempts = quiz.attempts.filter((a) => a.studentId === student.id);
    const graded = attempts.filter((a) => a.state === "finished" && a.score !== null).map((a) => ({ startedAt: a.startedAt, score: a.score! }));
    return { ...student, attempts, grade: gradeAttempts({ method: quiz.gradingMethod as GradingMethod, attempts: graded }) };
  });
  const maxScore = quiz.attempts.find((a) => a.maxScore !== null)?.maxScore ?? null;
  const questions = await prisma.attemptItem.findMany({ where: { attempt: { quizId } }, distinct: ["questionId"], select: { questionId: true }, orderBy: { questionId: "asc" } });
  return { quiz: { id: quiz.id, title: quiz.title, classId: quiz.classId, className: quiz.class.name, gradingMethod: quiz.gradingMethod }, students, maxScore, questionIds: questions.map((q) => q.questionId) };
}

function formatResponse(response: unknown): string {
  if (response === null || response === undefined) return "(no answer)";
  if (typeof response === "string") return response;
  if (typeof response === "boolean") return response ? "True" : "False";
  if (Array.isArray(response)) return response.join(" → ");
  if (typeof response === "object") return Object.entries(response as Record<string, unknown>).map(([l, r]) => `${l} → ${r ?? "?"}`).join("; ");
  return String(response);
}

export async function getAttemptDetail({ attemptId, instructorId }: { attemptId: string; instructorId: string }) {
  const attempt = await prisma.attempt.findFirst({
    where: attemptTaughtBy(attemptId, instructorId),
    select: {
      id: true, number: true, state: true, startedAt: true, deadline: true, finishedAt: true, finishedBy: true, score: true, maxScore: true, reviewedAt: true,
      quiz: { select: { id: true, title: true, classId: true } },
      student: { select: { name: true, email: true } },
      events: { orderBy: { at: "asc" }, select: { kind: true, at: true, data: true } },
      items: { orderBy: { position: "asc" }, select: { id: true, position: true, questionId: true, questionVersionId: true, gradedVersionId: true, points: true, response: true, fraction: true, overrideMark: true, overrideComment: true, flagged: true } },
    },
  });
  if (!attempt) return null;
  const versionIds = [...new Set(attempt.items.flatMap((i) => [i.questionVersionId, i.gradedVersionId ?? i.questionVersionId]))];
  const versions = new Map((await prisma.questionVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, number: true, content: true } })).map((v) => [v.id, v]));
  const history = await prisma.auditLog.findMany({
    where: { targetType: "AttemptItem", targetId: { in: attempt.items.map((i) => i.id) } },
    orderBy: { createdAt: "asc" },
    select: { targetId: true, createdAt: true, data: true, actor: { select: { name: true } } },
  });
  const items = attempt.items.map((item) => {
    const shown = versions.get(item.questionVersionId)!;
    const graded = versions.get(item.gradedVersionId ?? item.questionVersionId)!;
    const earned = item.overrideMark ?? (item.fraction === null ? null : item.fraction * item.points);
    return {
      position: item.position, questionId: item.questionId, points: item.points, fraction: item.fraction, earned, flagged: item.flagged,
      overrideMark: item.overrideMark, overrideComment: item.overrideComment,
      prompt: (shown.content as unknown as NormalizedQuestion).prompt,
      response: formatResponse(item.response),
      answer: answerText(graded.content as unknown as NormalizedQuestion),
      shownVersion: shown.number, gradedVersion: graded.number,
      history: history.filter((h) => h.targetId === item.id).map((h) => ({ at: h.createdAt, by: h.actor?.name ?? "someone", data: h.data as { before: number | null; after: number | null; comment: string } })),
    };
  });
  return { ...attempt, items };
}
export type AttemptDetail = NonNullable<Awaited<ReturnType<typeof getAttemptDetail>>>;
