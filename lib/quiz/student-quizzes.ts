// The student's quizzes: the open ones for the Today page, and one quiz's intro (settings, window, history, whether
// they may start). Reads finish the student's overdue attempts first, so an abandoned attempt never reads as open.
import "server-only";
import { prisma } from "@/lib/db";
import { expiryOf } from "./expiry";
import { finishOverdueLazily } from "./finish-attempt";
import { toAccommodation, toQuizTiming, toWindowOverride } from "./quiz-timing";
import { describeRefusal } from "./refusals";
import { decideReviewVisibility } from "./review-visibility";
import { checkNewAttempt, countAttemptsAllowed } from "./scoring";
import { checkStart, isOverdue, resolveWindow } from "./timing";

const quizInclude = (studentId: string) => ({
  class: { select: { name: true, accommodations: { where: { studentId } } } },
  overrides: { where: { studentId } },
  attempts: { where: { studentId }, orderBy: { number: "asc" as const } },
});

async function finishOverdue(studentId: string, now: Date) {
  const open = await prisma.attempt.findMany({ where: { studentId, state: "in_progress", deadline: { not: null } }, select: { id: true, deadline: true, quiz: { select: { expiryPolicy: true, graceSeconds: true } } } });
  const overdue = open.filter((a) => isOverdue({ deadline: a.deadline, expiry: expiryOf(a.quiz), now })).map((a) => a.id);
  if (overdue.length) await finishOverdueLazily({ attemptIds: overdue, now });
}

type QuizRow = NonNullable<Awaited<ReturnType<typeof loadQuiz>>>;
async function loadQuiz(where: object, studentId: string) {
  return prisma.quiz.findFirst({ where, include: quizInclude(studentId) });
}

function summarize(quiz: QuizRow, now: Date) {
  const override = quiz.overrides[0];
  const accommodation = quiz.class.accommodations[0];
  const timing = toQuizTiming(quiz);
  const window = resolveWindow({ quiz: timing, override: toWindowOverride(override) });
  const overrideAttempts = override?.attemptsAllowed === null || override?.attemptsAllowed === undefined ? undefined : override.attemptsAllowed === 0 ? null : override.attemptsAllowed;
  const allowed = countAttemptsAllowed({ quizAttempts: quiz.attemptsAllowed === 0 ? null : quiz.attemptsAllowed, extraAttempts: accommodation?.extraAttempts ?? 0, override: overrideAttempts });
  const inProgress = quiz.attempts.find((a) => a.state === "in_progress") ?? null;
  const windowVerdict = checkStart({ quiz: timing, override: toWindowOverride(override), now });
  const attemptVerdict = checkNewAttempt({ attemptsAllowed: allowed, attempts: quiz.attempts, minGapSeconds: quiz.minGapSeconds, now });
  const refusal = inProgress ? null : !windowVerdict.ok ? windowVerdict.reason : !attemptVerdict.ok ? attemptVerdict.reason : null;
  return {
    id: quiz.id, title: quiz.title, classId: quiz.classId, className: quiz.class.name,
    opensAt: window.opensAt?.toISOString() ?? null, closesAt: window.closesAt?.toISOString() ?? null,
    timeLimitSeconds: quiz.timeLimitSeconds, accommodated: Boolean(toAccommodation(accommodation) && (accommodation!.timeMultiplier !== 1 || accommodation!.extraSeconds > 0)),
    attemptsAllowed: allowed, attemptsUsed: quiz.attempts.length,
    attemptsLeft: allowed === null ? null : Math.max(0, allowed - quiz.attempts.length),
    inProgressAttemptId: inProgress?.id ?? null,
    canStart: refusal === null && !inProgress, refusal: refusal ? describeRefusal(refusal) : null,
    isOpen: windowVerdict.ok,
  };
}

export type QuizSummary = ReturnType<typeof summarize>;

/** Published quizzes of the student's classes that are open now (or hold their attempt in progress), closing first. */
export async function listOpenQuizzes({ studentId, now = new Date() }: { studentId: string; now?: Date }): Promise<QuizSummary[]> {
  await finishOverdue(studentId, now);
  const quizzes = await prisma.quiz.findMany({
    where: { publishedAt: { not: null }, class: { archived: false, enrollments: { some: { studentId } } } },
    include: quizInclude(studentId),
  });
  return quizzes
    .map((quiz) => summarize(quiz, now))
    .filter((q) => q.isOpen || q.inProgressAttemptId)
    .sort((a, b) => (a.closesAt ?? "9999").localeCompare(b.closesAt ?? "9999") || a.title.localeCompare(b.title));
}

/** One quiz for its intro page; null when the student may not see it (not enrolled, a draft, another class). */
export async function loadQuizIntro({ quizId, studentId, now = new Date() }: { quizId: string; studentId: string; now?: Date }) {
  await finishOverdue(studentId, now);
  const quiz = await loadQuiz({ id: quizId, publishedAt: { not: null }, class: { archived: false, enrollments: { some: { studentId } } } }, studentId);
  if (!quiz) return null;
  const summary = summarize(quiz, now);
  const closesAt = summary.closesAt ? new Date(summary.closesAt) : null;
  const attempts = quiz.attempts.map((a) => {
    const visibility = decideReviewVisibility({ options: quiz.reviewOptions, finished: a.state === "finished", closesAt, now });
    return {
      id: a.id, number: a.number, state: a.state, startedAt: a.startedAt.toISOString(), finishedAt: a.finishedAt?.toISOString() ?? null,
      ...(visibility.score && a.score !== null && a.maxScore !== null ? { score: a.score, maxScore: a.maxScore } : {}),
    };
  });
  return {
    ...summary, attempts, layout: quiz.layout, gradingMethod: quiz.gradingMethod, minGapSeconds: quiz.minGapSeconds,
    expiryPolicy: quiz.expiryPolicy, graceSeconds: quiz.graceSeconds, questionCount: await countQuestions(quizId),
  };
}

async function countQuestions(quizId: string) {
  const slots = await prisma.quizSlot.findMany({ where: { quizId }, select: { questionId: true, count: true } });
  return slots.reduce((sum, s) => sum + (s.questionId ? 1 : s.count), 0);
}
