// (Re)grades one attempt inside the caller's transaction: every item's fraction and the version it was marked against,
// then the attempt's score. Submit, the sweep and the instructor's regrade all go through here, so there is one way an
// attempt gets its marks (docs/decisions/010-quizzes.md).
import "server-only";
import { gradeAttemptItems } from "@/lib/grading/grade-attempt";
import type { DbTx } from "@/lib/db";

export type GradeAgainst = "shown" | "current";

/** The content each item is marked against: the version the student saw, or (regrade) its question's current one. */
async function loadMarkingVersions(tx: DbTx, items: { questionId: string; questionVersionId: string }[], against: GradeAgainst) {
  let versionIds = items.map((item) => item.questionVersionId);
  if (against === "current") {
    const questions = await tx.question.findMany({ where: { id: { in: items.map((i) => i.questionId) } }, select: { id: true, currentVersionId: true } });
    const current = new Map(questions.map((q) => [q.id, q.currentVersionId]));
    versionIds = items.map((item) => current.get(item.questionId) ?? item.questionVersionId);
  }
  const versions = await tx.questionVersion.findMany({ where: { id: { in: [...new Set(versionIds)] } }, select: { id: true, content: true } });
  const content = new Map(versions.map((v) => [v.id, v.content]));
  return versionIds.map((id) => ({ id, content: content.get(id) }));
}

/**
 * Writes AttemptItem.fraction/gradedVersionId and Attempt.score/maxScore (and bumps Attempt.version). Returns the
 * score, or null when the attempt does not exist. Does not change the attempt's state: the caller finishes it.
 */
export async function gradeAttempt({ tx, attemptId, against = "shown" }: { tx: DbTx; attemptId: string; against?: GradeAgainst }) {
  const items = await tx.attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: { id: true, questionId: true, questionVersionId: true, points: true, optionOrder: true, response: true, overrideMark: true },
  });
  const exists = items.length > 0 || (await tx.attempt.count({ where: { id: attemptId } })) > 0;
  if (!exists) return null;
  const versions = await loadMarkingVersions(tx, items, against);
  const graded = gradeAttemptItems({
    items: items.map((item, i) => ({ ...item, content: versions[i].content })),
  });
  if (items.length > 0) {
    // One statement for all items instead of one UPDATE each.
    await tx.$executeRaw`
      UPDATE "AttemptItem" AS ai SET fraction = v.f, "gradedVersionId" = v.g
      FROM unnest(${items.map((i) => i.id)}::text[], ${graded.fractions}::float8[], ${versions.map((v) => v.id)}::text[]) AS v(id, f, g)
      WHERE ai.id = v.id`;
  }
  await tx.attempt.update({
    where: { id: attemptId },
    data: { score: graded.score, maxScore: graded.maxScore, version: { increment: 1 } },
  });
  return { score: graded.score, maxScore: graded.maxScore };
}
