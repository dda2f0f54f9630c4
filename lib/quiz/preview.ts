// The instructor's preview: the quiz as a student would meet it (one draw of its pools, options shuffled as a student
// would see them), checked on the server by the grading module. Nothing is recorded: no attempt, no event, no log.
import "server-only";
import { randomBytes } from "node:crypto";
import { markItem } from "@/lib/grading/grade-attempt";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { answerText } from "@/lib/questions/flashcard";
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { toStudentView } from "@/lib/questions/student-view";
import { seededShuffle } from "@/lib/shuffle";
import { drawPools, matchesPool, type PoolRule } from "./pools";
import { quizNotFound, quizTaughtBy } from "./quiz-access";
import { listQuizQuestions, withRules } from "./quiz-questions";

async function loadQuiz(quizId: string, instructorId: string) {
  const quiz = await prisma.quiz.findFirst({
    where: quizTaughtBy(quizId, instructorId),
    select: {
      id: true, title: true, classId: true, shuffleQuestions: true, shuffleOptions: true, layout: true, timeLimitSeconds: true,
      readings: { select: { reading: { select: { slug: true, title: true } } } },
      slots: { orderBy: { position: "asc" }, select: { questionId: true, poolFilter: true, count: true, points: true } },
    },
  });
  if (!quiz) throw quizNotFound();
  quiz.slots = await withRules(prisma, quiz.slots);
  const questions = await listQuizQuestions({ db: prisma, classId: quiz.classId, readings: quiz.readings.map((r) => r.reading.slug) });
  return { quiz, questions };
}

/** One question id's points in this quiz: its fixed slot's, else the first pool's that may draw it. */
function pointsFor(slots: { questionId: string | null; poolFilter: unknown; points: number }[], q: Parameters<typeof matchesPool>[0]) {
  return (slots.find((s) => s.questionId === q.id) ?? slots.find((s) => !s.questionId && matchesPool(q, s.poolFilter as PoolRule)))?.points ?? null;
}

export async function getQuizPreview({ quizId, instructorId, seed = randomBytes(6).toString("hex") }: { quizId: string; instructorId: string; seed?: string }) {
  const { quiz, questions } = await loadQuiz(quizId, instructorId);
  const fixed = quiz.slots.flatMap((s) => (s.questionId ? [s.questionId] : []));
  const pools = quiz.slots.filter((s) => !s.questionId).map((s) => ({ count: s.count, matches: questions.filter((q) => matchesPool(q, s.poolFilter as PoolRule)).map((q) => q.id) }));
  const drawn = drawPools({ pools, fixed, seed }) ?? pools.map(() => []);
  let ids = [...fixed.filter((id) => questions.some((q) => q.id === id)), ...drawn.flat()];
  if (quiz.shuffleQuestions) ids = seededShuffle(ids, `${seed}:order`);
  const versions = await prisma.questionVersion.findMany({ where: { id: { in: questions.filter((q) => ids.includes(q.id)).map((q) => q.versionId) } }, select: { questionId: true, content: true } });
  const titles = new Map(quiz.readings.map((r) => [r.reading.slug, r.reading.title]));
  const items = ids.map((id, i) => {
    const content = versions.find((v) => v.questionId === id)!.content as unknown as NormalizedQuestion;
    const q = questions.find((x) => x.id === id)!;
    return {
      position: i + 1,
      questionId: id,
      points: pointsFor(quiz.slots, q) ?? 1,
      readingTitles: q.readings.map((slug) => titles.get(slug) ?? slug),
      student: toStudentView(content, quiz.shuffleOptions ? `${seed}:${id}` : id),
    };
  });
  return { classId: quiz.classId, title: quiz.title, layout: quiz.layout, timeLimitSeconds: quiz.timeLimitSeconds, seed, items, missingFixed: fixed.filter((id) => !questions.some((q) => q.id === id)) };
}
export type QuizPreview = Awaited<ReturnType<typeof getQuizPreview>>;

/** Marks the preview's answers with the grading module: fraction and points per question, and the right answer. */
export async function checkPreviewAnswers({ quizId, instructorId, answers }: { quizId: string; instructorId: string; answers: { questionId: string; response?: unknown }[] }) {
  const { quiz, questions } = await loadQuiz(quizId, instructorId);
  const unknown = answers.find((a) => !questions.some((q) => q.id === a.questionId));
  if (unknown) throw new AppError("BAD_INPUT", `${unknown.questionId} is not a question of this quiz.`);
  const versions = await prisma.questionVersion.findMany({ where: { id: { in: questions.filter((q) => answers.some((a) => a.questionId === q.id)).map((q) => q.versionId) } }, select: { questionId: true, content: true } });
  const results = answers.map(({ questionId, response }) => {
    const content = versions.find((v) => v.questionId === questionId)!.content;
    const points = pointsFor(quiz.slots, questions.find((q) => q.id === questionId)!) ?? 1;
    const fraction = markItem({ content, response: response ?? null });
    return { questionId, fraction, points, earned: fraction * points, answer: answerText(content as unknown as NormalizedQuestion) };
  });
  return { results, score: results.reduce((s, r) => s + r.earned, 0), maxScore: results.reduce((s, r) => s + r.points, 0), recorded: false };
}
