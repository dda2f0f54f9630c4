import { getToken } from "next-auth/jwt";
import type pg from "pg";
import { srsPool } from "./pool";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export type SessionClaims = { userId: string; sessionVersion: number };

function cookieMap(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) map.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return map;
}

/**
 * The session token's claims, decrypted without touching the database and without re-issuing the cookie: for the
 * flashcard hot paths, which then check `sessionVersion` (sign-out everywhere, lib/auth/session.ts) and the role in
 * the same query that reads the card. Null when there is no valid token.
 */
export async function readSessionClaims(req: Request): Promise<SessionClaims | null> {
  const token = await getToken({ req: { headers: req.headers, cookies: cookieMap(req.headers.get("cookie")) } as never, secret: env().NEXTAUTH_SECRET });
  if (!token || typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  return { userId: token.uid, sessionVersion: token.sv };
}

/** The hot paths' guard: the claims or a 401; the role and revocation are checked in the statement that reads the card. */
export async function requireSessionClaims(req: Request): Promise<SessionClaims> {
  const claims = await readSessionClaims(req);
  if (!claims) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  return claims;
}

/**
 * Why a statement that joined the student's session check found nothing: a token revoked by a sign-out (401) or an
 * account that is not a student (403). Returns when the session is fine (then the row itself is missing).
 */
export async function refuseBadSession(pool: pg.Pool, { studentId, sessionVersion }: { studentId: string; sessionVersion: number }) {
  const { rows } = await pool.query<{ role: string }>({
    name: "srs-session-role",
    text: `SELECT role FROM "User" WHERE id = $1 AND "sessionVersion" = $2`,
    values: [studentId, sessionVersion],
  });
  if (!rows[0]) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  if (rows[0].role !== "STUDENT") throw new AppError("FORBIDDEN", "Only students can do this.");
}

/** For hot paths without a card to join the check to (the queue): the claims, checked against the account (one
 * indexed read, as requireApiUser would do, without NextAuth's request context — so the fast lane can serve it). */
export async function requireStudentClaims(req: Request, pool: pg.Pool = srsPool()): Promise<SessionClaims> {
  const claims = await requireSessionClaims(req);
  await refuseBadSession(pool, { studentId: claims.userId, sessionVersion: claims.sessionVersion });
  return claims;
}
