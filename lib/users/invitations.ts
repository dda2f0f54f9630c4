import { createHash, randomBytes } from "node:crypto";
import { prisma, type DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/generated/prisma/client";

// Who may become an instructor: docs/decisions/007-who-may-teach.md.
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
/** Pending invitations one person may have out at once: an inviter is trusted, not a mailing list. */
export const MAX_PENDING_PER_INVITER = 50;
export const INVITATION_UNUSABLE = "This invitation link has expired, was revoked or was already used. Ask for a new one.";

type Actor = { id: string; role: Role };

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The pending invitations the actor may see and revoke: an admin sees everyone's, an instructor their own. */
function visibleTo(actor: Actor, now: Date) {
  return { usedAt: null, revokedAt: null, expiresAt: { gt: now }, ...(actor.role === "ADMIN" ? {} : { invitedById: actor.id }) };
}

/** Issues an invitation; the token is returned once (for the link) and only its hash is stored. */
export async function createInvitation({ db = prisma, inviter, email, now }: { db?: DbTx; inviter: Actor; email: string; now: Date }) {
  if (inviter.role !== "ADMIN" && inviter.role !== "INSTRUCTOR") throw new AppError("FORBIDDEN", "Only instructors and administrators can invite.");
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", "This person already has an account.", { email: "This person already has an account." });
  }
  const pending = await db.invitation.count({ where: { invitedById: inviter.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } } });
  if (pending >= MAX_PENDING_PER_INVITER) throw new AppError("RATE_LIMITED", `You have ${pending} pending invitations. Revoke some first.`);
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.invitation.create({
    data: { tokenHash: hashInvitationToken(token), email, invitedById: inviter.id, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
    select: { id: true, email: true, expiresAt: true },
  });
  return { invitation, token };
}

export async function listPendingInvitations({ db = prisma, actor, now }: { db?: DbTx; actor: Actor; now: Date }) {
  return db.invitation.findMany({
    where: visibleTo(actor, now),
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, expiresAt: true, createdAt: true, invitedBy: { select: { name: true } } },
  });
}

/** A foreign, used, expired or unknown invitation is the same 404. */
export async function revokeInvitation({ db = prisma, actor, id, now }: { db?: DbTx; actor: Actor; id: string; now: Date }) {
  const { count } = await db.invitation.updateMany({ where: { id, ...visibleTo(actor, now) }, data: { revokedAt: now } });
  if (count === 0) throw new AppError("NOT_FOUND", "Invitation not found.");
}

/** What the sign-up page shows for a link: the address it was sent to, or null when it cannot be used. */
export async function findUsableInvitation({ db = prisma, token, now }: { db?: DbTx; token: string; now: Date }) {
  return db.invitation.findFirst({
    where: { tokenHash: hashInvitationToken(token), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { email: true, invitedBy: { select: { name: true } } },
  });
}

/**
 * Marks the invitation used, inside the sign-up transaction. The conditional update is atomic, so two sign-ups racing
 * with one link make one instructor; the account must be the address the invitation was sent to.
 */
export async function claimInvitation({ db, token, email, now }: { db: DbTx; token: string; email: string; now: Date }) {
  const where = { tokenHash: hashInvitationToken(token), usedAt: null, revokedAt: null, expiresAt: { gt: now } };
  const found = await db.invitation.findFirst({ where, select: { id: true, email: true } });
  if (!found) throw new AppError("BAD_INPUT", INVITATION_UNUSABLE, { invitation: INVITATION_UNUSABLE });
  if (found.email !== email) {
    const message = `This invitation is for ${found.email}. Sign up with that address.`;
    throw new AppError("BAD_INPUT", message, { email: message });
  }
  const { count } = await db.invitation.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  if (count === 0) throw new AppError("BAD_INPUT", INVITATION_UNUSABLE, { invitation: INVITATION_UNUSABLE });
  return found.id;
}

export async function listInstructors({ db = prisma }: { db?: DbTx } = {}) {
  return db.user.findMany({
    where: { role: { in: ["INSTRUCTOR", "ADMIN"] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, role: true, createdAt: true, acceptedInvitation: { select: { invitedBy: { select: { name: true } } } } },
  });
}
