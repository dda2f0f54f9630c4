// What the taking page and GET /api/attempts/[attemptId] return: the attempt as the student may see it while taking
// it — question views in the frozen order, their saved responses and flags, the server's deadline and its clock.
// Built field by field from an allow-list: no answer, explanation, quote, mark or fraction is ever put in it.
import "server-only";
import { prisma } from "@/lib/db";
import type { StudentView } from "@/lib/questions/student-view";
import { loadAttemptItems } from "./attempt-items";
import { expiryOf } from "./expiry";
import { finishOverdueLazily } from "./finish-attempt";
import { toAttemptItemView } from "./item-view";
import { isOverdue } from "./timing";

export type AttemptStateItem = { position: number; points: number; readingTitle: string; view: StudentView; response: unknown; seq: number; flagged: boolean };
export type AttemptState = {
  id: string; quizId: string; quizTitle: string; number: number; layout: "one_per_page" | "all_on_one";
  state: "in_progress" | "finished"; startedAt: string; deadline: string | null; serverNow: string;
  expiryPolicy: "auto_submit" | "grace"; graceSeconds: number;
  /** Empty once the attempt is finished: the review says what may be seen then. */
  items: AttemptStateItem[];
};

const attemptSelect = {
  id: true, quizId: true, number: true, state: true, startedAt: true, deadline: true,
  quiz: { select: { title: true, layout: true, expiryPolicy: true, graceSeconds: true } },
} as const;

/** The student's own attempt (another student's reads as missing: null). An overdue open attempt is finished first. */
export async function loadAttemptState({ attemptId, studentId, now = new Date() }: { attemptId: string; studentId: string; now?: Date }): Promise<AttemptState | null> {
  let attempt = await prisma.attempt.findFirst({ where: { id: attemptId, studentId }, select: attemptSelect });
  if (!attempt) return null;
  if (attempt.state === "in_progress" && isOverdue({ deadline: attempt.deadline, expiry: expiryOf(attempt.quiz), now })) {
    await finishOverdueLazily({ attemptIds: [attemptId], now });
    attempt = await prisma.attempt.findFirstOrThrow({ where: { id: attemptId, studentId }, select: attemptSelect });
  }
  const open = attempt.state === "in_progress";
  const items = open ? await loadAttemptItems(prisma, attemptId) : [];
  return {
    id: attempt.id, quizId: attempt.quizId, quizTitle: attempt.quiz.title, number: attempt.number,
    layout: attempt.quiz.layout === "all_on_one" ? "all_on_one" : "one_per_page",
    state: open ? "in_progress" : "finished", startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null, serverNow: new Date().toISOString(),
    expiryPolicy: attempt.quiz.expiryPolicy === "grace" ? "grace" : "auto_submit", graceSeconds: attempt.quiz.graceSeconds,
    items: items.map((item) => ({
      position: item.position, points: item.points, readingTitle: item.readingTitle,
      view: toAttemptItemView({ content: item.content, optionOrder: item.optionOrder }),
      response: item.response, seq: item.responseSeq, flagged: item.flagged,
    })),
  };
}
