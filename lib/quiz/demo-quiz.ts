// Demo quizzes for the demo class: one open quiz the demo students can take (8 questions — 5 picked, 3 from a pool —,
// 10 minutes, 2 attempts, closes in 7 days) and one closed quiz with finished, graded attempts by every demo student,
// so the attempts page and the class dashboard have numbers. Running it again changes nothing.
import type { Db } from "@/lib/db";
import { gradeAttemptItems } from "@/lib/grading/grade-attempt";
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { DEFAULT_REVIEW_OPTIONS } from "./quiz-schemas";
import { listQuizQuestions } from "./quiz-questions";

const DAY = 86_400_000;
const READINGS = ["abe-all-in-2016", "abe-courts-putin-2016"];
export const DEMO_OPEN_QUIZ = "Abe's Russia policy: check (demo)";
export const DEMO_CLOSED_QUIZ = "Warm-up quiz (demo, closed)";

/** A response a student of `skill` (0..2) might give: right most of the time, a fixed wrong choice otherwise. */
function demoResponse(q: NormalizedQuestion, skill: number, n: number): unknown {
  const right = (n * 7 + skill * 3) % 10 < 5 + skill * 2;
  if (q.type === "true_false") return right ? q.answer : !q.answer;
  if (q.type === "mcq") return right ? q.answer : q.options.find((o) => o !== q.answer);
  return null;
}

async function createDemoQuiz(db: Db, data: { classId: string; instructorId: string; title: string; opensAt: Date; closesAt: Date; slots: { questionId?: string; poolFilter?: object; count?: number; points: number }[] }) {
  const readings = await db.reading.findMany({ where: { slug: { in: READINGS } }, select: { id: true, slug: true } });
  return db.quiz.create({
    data: {
      classId: data.classId, createdById: data.instructorId, title: data.title, timeLimitSeconds: 600, opensAt: data.opensAt, closesAt: data.closesAt,
      attemptsAllowed: 2, reviewOptions: DEFAULT_REVIEW_OPTIONS, publishedAt: data.opensAt,
      readings: { create: readings.map((r) => ({ readingId: r.id })) },
      slots: { create: data.slots.map((s, position) => ({ position, questionId: s.questionId ?? null, poolFilter: s.poolFilter, count: s.count ?? 1, points: s.points })) },
    },
    select: { id: true },
  });
}

async function addFinishedAttempts(db: Db, { quizId, classId, questionIds, startAt }: { quizId: string; classId: string; questionIds: string[]; startAt: Date }) {
  const students = await db.enrollment.findMany({ where: { classId }, select: { studentId: true }, orderBy: { createdAt: "asc" } });
  const versions = await db.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, currentVersionId: true, currentVersion: { select: { content: true } } } });
  for (const [skill, { studentId }] of students.entries()) {
    for (let number = 1; number <= (skill === 0 ? 2 : 1); number++) {
      const startedAt = new Date(startAt.getTime() + skill * 3_600_000 + (number - 1) * DAY);
      const items = questionIds.map((id, i) => {
        const v = versions.find((x) => x.id === id)!;
        const content = v.currentVersion!.content as unknown as NormalizedQuestion;
        return { position: i + 1, questionId: id, questionVersionId: v.currentVersionId!, points: 1, response: demoResponse(content, skill % 3 + number - 1, i), content, optionOrder: null, overrideMark: null };
      });
      const graded = gradeAttemptItems({ items });
      const finishedAt = new Date(startedAt.getTime() + (6 + skill) * 60_000);
      await db.attempt.create({
        data: {
          quizId, studentId, number, state: "finished", startedAt, deadline: new Date(startedAt.getTime() + 600_000), finishedAt, finishedBy: "student",
          score: graded.score, maxScore: graded.maxScore, seed: `demo-${studentId}-${number}`,
          items: { create: items.map(({ content: _c, optionOrder: _o, overrideMark: _m, response, ...item }, i) => ({ ...item, response: response as object, savedAt: finishedAt, fraction: graded.fractions[i], gradedVersionId: item.questionVersionId })) },
          events: { create: [{ kind: "started", at: startedAt }, { kind: "submitted", at: finishedAt, data: { by: "student" } }] },
        },
      });
    }
  }
}

export async function seedDemoQuizzes({ db, classId, instructorId, now }: { db: Db; classId: string; instructorId: string; now: Date }) {
  if (await db.quiz.count({ where: { classId, title: { in: [DEMO_OPEN_QUIZ, DEMO_CLOSED_QUIZ] } } })) return;
  const questions = await listQuizQuestions({ db, classId, readings: READINGS });
  const choice = questions.filter((q) => q.type === "mcq" || q.type === "true_false");
  if (choice.length < 14) return; // the banks are not imported: nothing to build from
  const picked = choice.slice(0, 5).map((q) => q.id);
  const firstReading = await db.reading.findUniqueOrThrow({ where: { slug: READINGS[0] }, select: { id: true } });
  await createDemoQuiz(db, {
    classId, instructorId, title: DEMO_OPEN_QUIZ, opensAt: new Date(now.getTime() - 3_600_000), closesAt: new Date(now.getTime() + 7 * DAY),
    slots: [...picked.map((questionId) => ({ questionId, points: 1 })), { poolFilter: { readingIds: [firstReading.id], types: ["mcq"] }, count: 3, points: 1 }],
  });
  const warmUp = choice.slice(5, 11).map((q) => q.id);
  const closed = await createDemoQuiz(db, {
    classId, instructorId, title: DEMO_CLOSED_QUIZ, opensAt: new Date(now.getTime() - 10 * DAY), closesAt: new Date(now.getTime() - 3 * DAY),
    slots: warmUp.map((questionId) => ({ questionId, points: 1 })),
  });
  await addFinishedAttempts(db, { quizId: closed.id, classId, questionIds: warmUp, startAt: new Date(now.getTime() - 9 * DAY) });
}
