// Who owns a question and who may change it (docs/decisions/008-question-ownership.md). Shipped questions (ownerId
// null) belong to the site: they change through the files or by an administrator. Everything else belongs to the one
// instructor who wrote or copied it, and no one else sees it.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, Role } from "@/generated/prisma/client";

/** The person reading or writing: a session user is one. */
export type Actor = { id: string; role: Role };

/** What an actor may open by id: every shipped question and their own. */
export function visibleTo(actor: Actor): Prisma.QuestionWhereInput {
  return { OR: [{ ownerId: null }, { ownerId: actor.id }] };
}

/**
 * The actor's bank as their classes use it: their own questions and copies, and every shipped question they have no
 * live (unretired) copy of — the copy stands in its place.
 */
export function inUseBy(actor: Actor | undefined): Prisma.QuestionWhereInput {
  if (!actor) return { ownerId: null };
  return { OR: [{ ownerId: actor.id }, { ownerId: null, forks: { none: { ownerId: actor.id, retiredAt: null } } }] };
}

/** Changing a question in place: its owner, or for a shipped question an administrator. */
export function canChangeInPlace(actor: Actor, question: { ownerId: string | null }): boolean {
  return question.ownerId === null ? actor.role === "ADMIN" : question.ownerId === actor.id;
}

/** New questions written in the app: an administrator's are shipped, an instructor's are their own. */
export function ownerOfNew(actor: Actor): string | null {
  return actor.role === "ADMIN" ? null : actor.id;
}

/**
 * The suffix of an owner's ids: the same for all of one owner's questions (so a list reads as "mine"), derived from
 * the user id without showing it. `salt` gives another tag in the unlikely case two owners' tags collide on an id.
 */
export function ownerTag(ownerId: string, salt?: "random"): string {
  if (salt) return randomBytes(4).toString("hex").slice(0, 6);
  return createHash("sha256").update(ownerId).digest("hex").slice(0, 6);
}

export function ownedId(baseId: string, ownerId: string | null, salt?: "random"): string {
  return ownerId === null ? baseId : `${baseId}~${ownerTag(ownerId, salt)}`;
}
