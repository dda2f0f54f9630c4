// Reads for the instructor's quiz pages and GET routes: what the screens need, scoped to the class's instructors.
import "server-only";
import { prisma } from "@/lib/db";
import { quizTaughtBy, taughtBy } from "./quiz-access";
import { listQuizQuestions, withRules } from "./quiz-questions";
import { readReviewOptions } from "./quiz-schemas";
import type { PoolRule } from "./pools";

export type QuizStatus = "draft" | "scheduled" | "open" | "closed";

export function quizStatus(quiz: { publishedAt: Date | null; opensAt: Date | null; closesAt: Date | null }, now: Date): QuizStatus {
  if (!quiz.publishedAt) return "draft";
  if (quiz.opensAt && now < quiz.opensAt) return "scheduled";
  if (quiz.closesAt && now >= quiz.closesAt) return "closed";
  return "open";
}

/** The class's quizzes, newest first; null when the class is not the instructor's. */
export async function listClassQuizzes({ classId, instructorId, now }: { classId: string; instructorId: string; now: Date }) {
  const klass = await prisma.class.findFirst({ where: { id: classId, ...taughtBy(instructorId) }, select: { id: true } });
  if (!klass) return null;
  const rows = await prisma.quiz.findMany({
    where: { classId, class: taughtBy(instructorId) },
    select: {
      id: true, title: true, publishedAt: true, opensAt: true, closesAt: true, timeLimitSeconds: true, attemptsAllowed: true,
      slots: { select: { count: true } },
      _count: { select: { attempts: true } },
    },
    orderBy: [{ createdAt: "desc" }],
  });
  return rows.map(({ slots, _count, ...q }) => ({
    ...q,
    status: quizStatus(q, now),
    questions: slots.reduce((sum, s) => sum + s.count, 0),
    attempts: _count.attempts,
  }));
}
export type ClassQuizRow = NonNullable<Awaited<ReturnType<typeof listClassQuizzes>>>[number];

/** A quiz's settings and slots as the editor and GET /api/quizzes/[quizId] show them (instants as ISO strings). */
export async function getQuizForEdit({ quizId, instructorId, now }: { quizId: string; instructorId: string; now: Date }) {
  const quiz = await prisma.quiz.findFirst({
    where: quizTaughtBy(quizId, instructorId),
    select: {
      id: true, classId: true, title: true, timeLimitSeconds: true, opensAt: true, closesAt: true, extraTimePastClose: true,
      attemptsAllowed: true, gradingMethod: true, minGapSeconds: true, shuffleQuestions: true, shuffleOptions: true, layout: true,
      reviewOptions: true, expiryPolicy: true, graceSeconds: true, publishedAt: true,
      class: { select: { name: true } },
      readings: { select: { reading: { select: { slug: true } } } },
      slots: { orderBy: { position: "asc" }, select: { questionId: true, poolFilter: true, count: true, points: true } },
      _count: { select: { attempts: true } },
    },
  });
  if (!quiz) return null;
  const { class: klass, readings, slots, _count, opensAt, closesAt, publishedAt, reviewOptions, ...settings } = quiz;
  return {
    ...settings,
    className: klass.name,
    opensAt: opensAt?.toISOString() ?? null,
    closesAt: closesAt?.toISOString() ?? null,
    publishedAt: publishedAt?.toISOString() ?? null,
    status: quizStatus({ publishedAt, opensAt, closesAt }, now),
    reviewOptions: readReviewOptions(reviewOptions),
    readings: readings.map((r) => r.reading.slug).sort(),
    slots: (await withRules(prisma, slots)).map((s) => (s.questionId ? { questionId: s.questionId, points: s.points } : { pool: s.poolFilter as PoolRule, count: s.count, points: s.points })),
    attempts: _count.attempts,
  };
}
export type QuizForEdit = NonNullable<Awaited<ReturnType<typeof getQuizForEdit>>>;

/**
 * What the editor offers: every reading, and every question the class may use over all of them (no answers), so the
 * browser can narrow to the quiz's readings and count a pool's matches as the instructor types.
 */
export async function getQuizBuilderData({ classId, instructorId }: { classId: string; instructorId: string }) {
  const klass = await prisma.class.findFirst({ where: { id: classId, ...taughtBy(instructorId) }, select: { id: true, name: true } });
  if (!klass) return null;
  const readings = await prisma.reading.findMany({ select: { slug: true, title: true }, orderBy: [{ published: "asc" }, { slug: "asc" }] });
  const questions = await listQuizQuestions({ db: prisma, classId, readings: readings.map((r) => r.slug) });
  const tags = [...new Set(questions.flatMap((q) => q.tags))].sort();
  return { klass, readings, tags, questions: questions.map(({ versionId: _v, ...q }) => q) };
}
export type QuizBuilderData = NonNullable<Awaited<ReturnType<typeof getQuizBuilderData>>>;
