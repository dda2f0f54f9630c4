import "server-only";
// A class's question insights (issue 9): per question, its quizzes' results (first attempts) next to the class's
// flashcard memory of it; the flagged questions with their links; and both figures by question kind and by reading.
// Reads: the class (ownership), its quizzes, then the marks of all its quizzes and the memory at once, the questions.
import type pg from "pg";
import { kindLabel, SYNTHESIS_TITLE } from "@/components/reading/question-labels";
import { srsPool } from "@/lib/srs/pool";
import { fetchQuestionMemory, readingKeyOf, sumByReading } from "./flashcard-stats";
import { findTeachingClass } from "../gradebook";
import { flagQuestion, lapseRateOf, type QuestionFlag } from "./question-flags";
import { editorHref, fetchQuestionInfo, sentenceHref } from "./question-info";
import { fetchQuizMarks } from "./quiz-marks";
import { computeQuizItemStats } from "./quiz-item-stats";

export type InsightFlag = QuestionFlag & { quiz: { id: string; title: string } | null };
type Tally = { marks: number; points: number; items: number; reviews: number; lapses: number };
export type PerformanceGroup = { key: string; label: string; quizScore: number | null; quizItems: number; recall: number | null; reviews: number };

const emptyTally = (): Tally => ({ marks: 0, points: 0, items: 0, reviews: 0, lapses: 0 });
const toGroup = (key: string, label: string, t: Tally): PerformanceGroup => ({
  key, label, quizScore: t.points > 0 ? t.marks / t.points : null, quizItems: t.items,
  recall: t.reviews > 0 ? 1 - t.lapses / t.reviews : null, reviews: t.reviews,
});

function addTo(map: Map<string, Tally>, key: string, add: Partial<Tally>) {
  const t = map.get(key) ?? emptyTally();
  for (const k of Object.keys(add) as (keyof Tally)[]) t[k] += add[k] ?? 0;
  map.set(key, t);
}

export async function getClassQuestionInsights({ classId, instructorId, pool = srsPool() }: { classId: string; instructorId: string; pool?: pg.Pool }) {
  const klass = await findTeachingClass({ classId, instructorId, pool });
  if (!klass) return null;
  const { rows: quizzes } = await pool.query<{ id: string; title: string }>(`SELECT id, title FROM "Quiz" WHERE "classId" = $1 ORDER BY "createdAt", id`, [classId]);
  const [marks, memory] = await Promise.all([fetchQuizMarks({ quizIds: quizzes.map((q) => q.id), pool }), fetchQuestionMemory({ classId, pool })]);
  const tallies = new Map<string, Tally>();
  const flags = new Map<string, InsightFlag[]>();
  for (const quiz of quizzes) {
    const rows = marks.get(quiz.id) ?? [];
    const { questions } = computeQuizItemStats({ rows, which: "first" });
    for (const q of questions) {
      addTo(tallies, q.questionId, { marks: q.meanMark * q.count, points: q.maxMark * q.count, items: q.count });
      const found = flagQuestion({ quiz: q }).map((f) => ({ ...f, quiz }));
      if (found.length) flags.set(q.questionId, [...(flags.get(q.questionId) ?? []), ...found]);
    }
  }
  const readingTotals = sumByReading(memory.values());
  for (const m of memory.values()) {
    addTo(tallies, m.questionId, { reviews: m.reviews, lapses: m.lapses });
    const reading = readingTotals.get(readingKeyOf(m.readingId));
    const found = flagQuestion({ flashcards: reading ? { question: m, reading } : null }).map((f) => ({ ...f, quiz: null }));
    if (found.length) flags.set(m.questionId, [...(flags.get(m.questionId) ?? []), ...found]);
  }
  const info = await fetchQuestionInfo({ questionIds: [...tallies.keys()], pool });
  const questions = [...tallies].flatMap(([questionId, t]) => {
    const q = info.get(questionId);
    if (!q) return [];
    const m = memory.get(questionId);
    return [{
      questionId, prompt: q.prompt, type: q.type, kind: q.kind, readingId: q.readingId, readingTitle: q.readingTitle,
      ...toGroup(questionId, q.prompt, t),
      lapseRate: m ? lapseRateOf(m) : null, meanDifficulty: m?.meanDifficulty ?? null,
      flags: flags.get(questionId) ?? [],
      links: { sentence: sentenceHref(q), editor: editorHref(questionId) },
    }];
  }).sort((a, b) => (a.readingTitle ?? "￿").localeCompare(b.readingTitle ?? "￿") || a.questionId.localeCompare(b.questionId));
  return { klass, quizzes, questions, byKind: groupBy(questions, tallies, "kind"), byReading: groupBy(questions, tallies, "reading") };
}

function groupBy(questions: { questionId: string; kind: string; readingId: string | null; readingTitle: string | null }[], tallies: Map<string, Tally>, by: "kind" | "reading") {
  const groups = new Map<string, Tally>();
  const labels = new Map<string, string>();
  for (const q of questions) {
    const key = by === "kind" ? q.kind : readingKeyOf(q.readingId);
    labels.set(key, by === "kind" ? kindLabel(q.kind) : q.readingId ? (q.readingTitle ?? key) : SYNTHESIS_TITLE);
    addTo(groups, key, tallies.get(q.questionId)!);
  }
  return [...groups].map(([key, t]) => toGroup(key, labels.get(key)!, t)).sort((a, b) => a.label.localeCompare(b.label));
}

export type ClassQuestionInsights = NonNullable<Awaited<ReturnType<typeof getClassQuestionInsights>>>;
