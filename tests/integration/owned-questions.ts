// The integration files share one database: a file that makes instructors' questions (or edits a shipped one as an
// administrator) puts everything back, so that counts elsewhere stay true. Only a test may delete versions.
import { prisma } from "@/lib/db";

export async function removeOwnedQuestions(userIds: string[]) {
  const owned = (await prisma.question.findMany({ where: { ownerId: { in: userIds } }, select: { id: true } })).map((q) => q.id);
  await prisma.question.updateMany({ where: { id: { in: owned } }, data: { currentVersionId: null } });
  // Versions written by these users on shipped questions go too, and the shipped question points at its latest left.
  const touched = (await prisma.questionVersion.findMany({ where: { authorId: { in: userIds }, question: { ownerId: null } }, select: { questionId: true } })).map((v) => v.questionId);
  await prisma.question.updateMany({ where: { id: { in: touched } }, data: { currentVersionId: null } });
  await prisma.questionVersion.deleteMany({ where: { OR: [{ questionId: { in: owned } }, { authorId: { in: userIds } }] } });
  await prisma.$executeRaw`
    UPDATE "Question" q SET "currentVersionId" = (SELECT id FROM "QuestionVersion" v WHERE v."questionId" = q.id ORDER BY number DESC LIMIT 1)
    WHERE q.id = ANY(${touched})`;
  await prisma.question.deleteMany({ where: { forkOfId: { not: null }, id: { in: owned } } });
  await prisma.question.deleteMany({ where: { id: { in: owned } } });
  await prisma.auditLog.deleteMany({ where: { actorId: { in: userIds } } });
}
