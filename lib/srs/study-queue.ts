// A study session's cards (fronts only: no answer leaves the server before reveal). Cards of retired, unassigned
// and quiz-only questions are filtered here, at queue time; their rows and history stay.
import type pg from "pg";
import { toStudentView } from "@/lib/questions/student-view";
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { QUESTION_READINGS_SQL, studentQuestionsSql } from "./class-questions";
import { srsPool } from "./pool";
import { orderQueue, type QueueCandidate } from "./queue-order";
import { selectForExam, STATE_NAMES, type StoredCard } from "./scheduler";
import { loadStudentClasses, newLeftByClass } from "./student-classes";
import type { CardFront, StudyQueue } from "./types";

type CandidateRow = StoredCard & { id: string; questionId: string; classId: string | null; upcoming: Date | null; dueAt: Date | null };

/** The student's active cards (optionally of one reading) with the due dates of their assigned readings. */
export const CANDIDATES_SQL = `
  WITH qr AS MATERIALIZED (${QUESTION_READINGS_SQL}),
  sq AS MATERIALIZED (${studentQuestionsSql("$1")}),
  ad AS MATERIALIZED (
    SELECT a."readingId", min(a."dueAt") AS due_at
    FROM "Assignment" a JOIN "Enrollment" e ON e."classId" = a."classId" AND e."studentId" = $1
    WHERE a."unassignedAt" IS NULL GROUP BY 1
  ),
  cq AS MATERIALIZED (
    SELECT qr.question_id, min(ad.due_at) FILTER (WHERE ad.due_at > $2::timestamp) AS upcoming, min(ad.due_at) AS due_at,
           bool_or(r.slug = $3) AS in_reading
    FROM qr JOIN sq ON sq.question_id = qr.question_id
    LEFT JOIN ad ON ad."readingId" = qr.reading_id LEFT JOIN "Reading" r ON r.id = qr.reading_id
    GROUP BY qr.question_id
  )
  SELECT c.id, c."questionId", c."classId", c.due, c.stability, c.difficulty, c."elapsedDays", c."scheduledDays",
         c."learningSteps", c.reps, c.lapses, c.state, c."lastReview", cq.upcoming, cq.due_at AS "dueAt"
  FROM cq JOIN "Card" c ON c."studentId" = $1 AND c."questionId" = cq.question_id
  WHERE $3::text IS NULL OR cq.in_reading`;

async function loadFronts(pool: pg.Pool, cards: { id: string; reps: number; state: number; version?: number }[]): Promise<CardFront[]> {
  if (!cards.length) return [];
  const { rows } = await pool.query<{ id: string; version: number; content: NormalizedQuestion; reading: { slug: string; title: string; published: string } | null; readings: { slug: string; title: string }[] | null }>(
    { name: "srs-queue-fronts", text: `SELECT c.id, c.version, v.content,
       (SELECT json_build_object('slug', r.slug, 'title', r.title, 'published', r.published) FROM "Reading" r WHERE r.id = q."readingId") AS reading,
       (SELECT json_agg(json_build_object('slug', r.slug, 'title', r.title) ORDER BY r.slug) FROM "Reading" r
        WHERE r.id = q."readingId" OR r.slug IN (SELECT s->>'reading' FROM jsonb_array_elements(v.content->'sources') s)) AS readings
     FROM "Card" c JOIN "Question" q ON q.id = c."questionId" JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
     WHERE c.id = ANY($1)`,
    values: [cards.map((c) => c.id)] },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return cards.map((c) => {
    const r = byId.get(c.id)!;
    return {
      cardId: c.id,
      version: r.version,
      reading: r.reading,
      readings: r.readings ?? [],
      view: toStudentView(r.content, `${c.id}:${c.reps}`),
      isNew: c.state === 0,
      state: STATE_NAMES[c.state],
    };
  });
}

export async function getStudyQueue({ pool = srsPool(), studentId, now, readingSlug = null, mode = "due", limit = 20 }: {
  pool?: pg.Pool; studentId: string; now: Date; readingSlug?: string | null; mode?: "due" | "exam"; limit?: number;
}): Promise<StudyQueue> {
  const sc = await loadStudentClasses(pool, studentId, now);
  if (!sc.classes.length) return { cards: [], remaining: { learning: 0, review: 0, new: 0 } };
  const { rows } = await pool.query<CandidateRow>({ name: "srs-queue-candidates", text: CANDIDATES_SQL, values: [studentId, now.toISOString(), readingSlug] });
  const known = new Set(sc.classes.map((c) => c.classId));
  // A card scheduled by a class the student has left counts against their first class's limits.
  const homeOf = (classId: string | null) => (classId && known.has(classId) ? classId : sc.classes[0].classId);
  if (mode === "exam") {
    const settingsOf = new Map(sc.classes.map((c) => [c.classId, c.settings]));
    const items = rows
      .filter((card) => card.dueAt && card.dueAt > now)
      .map((card) => ({ card, dueAt: card.dueAt!, settings: settingsOf.get(homeOf(card.classId))! }));
    const weak = selectForExam(items).map((x) => x.card);
    return { cards: await loadFronts(pool, weak.slice(0, limit)), remaining: { learning: 0, review: weak.length, new: 0 } };
  }
  const candidates: (QueueCandidate & CandidateRow)[] = rows.map((r) => ({
    ...r, cardId: r.id, classId: homeOf(r.classId), readingDueAt: r.upcoming, position: r.questionId,
  }));
  const queue = orderQueue({ candidates, now, dayEnd: sc.day.end, newLeftByClass: await newLeftByClass(pool, studentId, sc) });
  return { cards: await loadFronts(pool, queue.cards.slice(0, limit)), remaining: queue.remaining };
}
