// An accommodation (or a per-quiz override) changed: every attempt the student has open in the class follows it, so
// extra time granted mid-attempt moves the deadline now (a shorter one never ends an attempt before now).
import "server-only";
import type { DbTx } from "@/lib/db";
import { recomputeDeadline } from "./timing";
import { toAccommodation, toQuizTiming, toWindowOverride } from "./quiz-timing";

/** Call inside the transaction that wrote the Accommodation/QuizOverride row. Returns the attempts whose deadline moved. */
export async function applyAccommodationToOpenAttempts({ tx, classId, studentId, now = new Date() }: {
  tx: DbTx; classId: string; studentId: string; now?: Date;
}): Promise<{ attemptId: string; deadline: Date | null }[]> {
  const attempts = await tx.attempt.findMany({
    where: { studentId, state: "in_progress", quiz: { classId } },
    select: { id: true, startedAt: true, deadline: true, finishedAt: true, quizId: true, quiz: true },
  });
  if (attempts.length === 0) return [];
  const accommodation = await tx.accommodation.findUnique({ where: { classId_studentId: { classId, studentId } } });
  const overrides = await tx.quizOverride.findMany({ where: { studentId, quizId: { in: attempts.map((a) => a.quizId) } } });
  const moved: { attemptId: string; deadline: Date | null }[] = [];
  for (const attempt of attempts) {
    const deadline = recomputeDeadline({
      quiz: toQuizTiming(attempt.quiz),
      accommodation: toAccommodation(accommodation),
      override: toWindowOverride(overrides.find((o) => o.quizId === attempt.quizId)),
      attempt,
      now,
    });
    if (deadline?.getTime() === attempt.deadline?.getTime()) continue;
    // Only while still open: a submit that won the race keeps its own deadline.
    const { count } = await tx.attempt.updateMany({ where: { id: attempt.id, state: "in_progress" }, data: { deadline, version: { increment: 1 } } });
    if (count) {
      await tx.attemptEvent.create({ data: { attemptId: attempt.id, kind: "deadline_moved", at: now, data: { deadline: deadline?.toISOString() ?? null } } });
      moved.push({ attemptId: attempt.id, deadline });
    }
  }
  return moved;
}
