import { prisma, type Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { findClassIdByJoinCode } from "@/lib/classes/join-class";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { syncCards } from "@/lib/srs/sync-cards";
import type { SignUpInput } from "@/lib/users/schemas";

/**
 * Creates an account; a student's account and first enrollment are written in one transaction,
 * so an unknown join code leaves no account behind.
 */
export async function signUp({ db = prisma, input }: { db?: Db; input: SignUpInput }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const classId = input.role === "STUDENT" ? await findClassIdByJoinCode({ db: tx, joinCode: input.joinCode ?? "" }) : null;
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: input.role, timeZone: input.timeZone ?? "UTC" },
        select: { id: true, email: true, name: true, role: true },
      });
      if (classId) await tx.enrollment.create({ data: { classId, studentId: user.id } });
      if (classId) await syncCards({ db: tx, studentId: user.id, now: new Date() }); // the class's flashcards
      return user;
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", { email: "An account with this email already exists." });
    }
    throw e;
  }
}
