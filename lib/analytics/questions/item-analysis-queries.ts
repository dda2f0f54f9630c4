import "server-only";
// Item analysis of one quiz for its instructors (issue 9): Moodle's statistics per question and per quiz over first or
// all attempts, distractor counts, average time, the class's flashcard memory of each question, and the flags.
// Three reads after the ownership check, each one set-based: the marks, the memory, the questions' text.
import type pg from "pg";
import { normalizeText } from "@/lib/questions/normalize-text";
import { srsPool } from "@/lib/srs/pool";
import { fetchQuestionMemory, readingKeyOf, sumByReading, type QuestionMemory } from "./flashcard-stats";
import { countDistractors } from "./item-analysis";
import { flagQuestion, lapseRateOf, type LapseCounts, type QuestionFlag } from "./question-flags";
import { editorHref, fetchQuestionInfo, sentenceHref, type QuestionInfo } from "./question-info";
import { fetchQuizMarks } from "./quiz-marks";
import { computeQuizItemStats, type QuestionItemStats } from "./quiz-item-stats";

export type WhichAttempts = "first" | "all";

export type TeachingQuiz = { id: string; title: string; classId: string; className: string; gradingMethod: string };

/** The quiz, if the instructor teaches its class (owner or co-instructor); null otherwise — the caller's 404. */
export async function findTeachingQuiz({ quizId, classId, instructorId, pool = srsPool() }: {
  quizId: string; classId?: string; instructorId: string; pool?: pg.Pool;
}): Promise<TeachingQuiz | null> {
  const { rows } = await pool.query<TeachingQuiz>(
    `SELECT z.id, z.title, z."classId", k.name AS "className", z."gradingMethod"
     FROM "Quiz" z JOIN "Class" k ON k.id = z."classId"
     JOIN "ClassInstructor" ci ON ci."classId" = z."classId" AND ci."userId" = $3
     WHERE z.id = $1 AND ($2::text IS NULL OR z."classId" = $2)`,
    [quizId, classId ?? null, instructorId],
  );
  return rows[0] ?? null;
}

export type QuestionMemorySummary = Omit<QuestionMemory, "questionId" | "readingId"> & {
  lapseRate: number | null;
  readingLapseRate: number | null;
};

export type ItemAnalysisRow = Omit<QuestionItemStats, "responses" | "variance"> & {
  question: Pick<QuestionInfo, "prompt" | "type" | "kind" | "readingTitle" | "readingSlug">;
  distractors: ReturnType<typeof countDistractors> | null;
  memory: QuestionMemorySummary | null;
  flags: QuestionFlag[];
  links: { sentence: string | null; editor: string };
};

/** MCQ responses as the options' own text (the marker's rule: normalised text equality), for countDistractors. */
function distractorsOf(info: QuestionInfo | undefined, responses: unknown[]) {
  if (!info?.options || info.answer === null) return null;
  const options = info.options;
  const byText = new Map(options.map((o) => [normalizeText(o), o]));
  const named = responses.map((r) => (typeof r === "string" && r.trim() ? (byText.get(normalizeText(r)) ?? r) : null));
  return countDistractors({ options, answer: info.answer, responses: named });
}

export function summariseMemory(memory: QuestionMemory | undefined, reading: LapseCounts | undefined): QuestionMemorySummary | null {
  if (!memory) return null;
  const { questionId: _q, readingId: _r, ...counts } = memory;
  return { ...counts, lapseRate: lapseRateOf(memory), readingLapseRate: reading ? lapseRateOf(reading) : null };
}

export function buildRow(input: {
  stats: QuestionItemStats;
  info: QuestionInfo | undefined;
  memory: QuestionMemory | undefined;
  readingTotals: Map<string, LapseCounts>;
}): ItemAnalysisRow {
  const { stats, info, memory, readingTotals } = input;
  const { responses, variance: _v, ...item } = stats;
  const reading = memory ? readingTotals.get(readingKeyOf(memory.readingId)) : undefined;
  return {
    ...item,
    question: {
      prompt: info?.prompt ?? stats.questionId,
      type: info?.type ?? "",
      kind: info?.kind ?? "",
      readingTitle: info?.readingTitle ?? null,
      readingSlug: info?.readingSlug ?? null,
    },
    distractors: distractorsOf(info, responses),
    memory: summariseMemory(memory, reading),
    flags: flagQuestion({ quiz: stats, flashcards: memory && reading ? { question: memory, reading } : null }),
    links: { sentence: info ? sentenceHref(info) : null, editor: editorHref(stats.questionId) },
  };
}

export async function getItemAnalysis({ quizId, classId, instructorId, which, pool = srsPool() }: {
  quizId: string; classId?: string; instructorId: string; which: WhichAttempts; pool?: pg.Pool;
}) {
  const quiz = await findTeachingQuiz({ quizId, classId, instructorId, pool });
  if (!quiz) return null;
  const [marks, memory] = await Promise.all([fetchQuizMarks({ quizIds: [quiz.id], pool }), fetchQuestionMemory({ classId: quiz.classId, pool })]);
  const computed = computeQuizItemStats({ rows: marks.get(quiz.id) ?? [], which });
  const info = await fetchQuestionInfo({ questionIds: computed.questions.map((q) => q.questionId), pool });
  const readingTotals = sumByReading(memory.values());
  const rows = computed.questions.map((stats) =>
    buildRow({ stats, info: info.get(stats.questionId), memory: memory.get(stats.questionId), readingTotals }),
  );
  return { quiz, which, attempts: computed.attempts, summary: computed.quiz, distribution: computed.distribution, rows };
}

export type ItemAnalysis = NonNullable<Awaited<ReturnType<typeof getItemAnalysis>>>;
