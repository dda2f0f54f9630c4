import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { ROLE_NAMES, hasRole } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import type { Role } from "@/generated/prisma/client";

export type CurrentUser = SessionUser;

/**
 * The signed-in user, as the jwt callback read it from the database for this request (once per request thanks to
 * `cache`): a deleted account, a changed role or a sign-out elsewhere takes effect at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
});

// Pages: anonymous → sign-in page; wrong role → 404 (an instructor page does not exist for a student). An ADMIN passes
// every INSTRUCTOR check (lib/auth/roles.ts).
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasRole(user, role)) notFound();
  return user;
}

// Route handlers: the same checks as typed errors, mapped to 401 / 403 by lib/http/handler.ts.
export async function requireApiUser(role?: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  if (role && !hasRole(user, role)) throw new AppError("FORBIDDEN", `Only ${ROLE_NAMES[role]} can do this.`);
  return user;
}
