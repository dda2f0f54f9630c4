import type { DbTx } from "@/lib/db";
import type { Role } from "@/generated/prisma/client";

export type SessionUser = { id: string; email: string; name: string; role: Role; timeZone: string };

/**
 * The user a session token stands for, read fresh: null when the account is gone or the token predates the user's
 * last sign-out (its `sessionVersion` is older), so a copied cookie dies with the sign-out on every app node.
 */
export async function loadSessionUser({ db, id, sessionVersion }: { db: DbTx; id: string; sessionVersion: number }): Promise<SessionUser | null> {
  return db.user.findFirst({ where: { id, sessionVersion }, select: { id: true, email: true, name: true, role: true, timeZone: true } });
}

/** Ends every session of the user, everywhere (signing out signs out all devices). */
export async function revokeSessions({ db, userId }: { db: DbTx; userId: string }) {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
