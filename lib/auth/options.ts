import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { loadSessionUser, revokeSessions, type SessionUser } from "@/lib/auth/session";
import { forLog, safeRedirect } from "@/lib/auth/safe-redirect";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) });

/** Shown for every failed sign-in that is not a lock: never says whether the email exists. */
export const INVALID_CREDENTIALS = "Invalid email or password.";

// Thrown by the jwt callback for a token that no longer stands for a session: NextAuth then clears the cookie and
// answers "no session" (next-auth/core/routes/session.js catches it), which is what we want; it is not an error.
const SESSION_REVOKED = "SESSION_REVOKED";

export const authOptions: NextAuthOptions = {
  // Credentials require JWT sessions; nothing about a session lives in one process's memory.
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  secret: env().NEXTAUTH_SECRET,
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(INVALID_CREDENTIALS);
        const result = await authenticate({
          db: prisma,
          ...parsed.data,
          ip: clientAddress(req?.headers ?? {}, env().TRUST_PROXY_HOPS),
          now: new Date(),
        });
        if (!result.ok) throw new Error(result.reason === "LOCKED" ? result.message : INVALID_CREDENTIALS);
        return result.user;
      },
    }),
  ],
  callbacks: {
    redirect: ({ url, baseUrl }) => safeRedirect(url, baseUrl),
    // Runs for every session read (getServerSession, /api/auth/session): one primary-key query keeps the user, role
    // and name current and honours sign-out on every node.
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
      }
      const current = await loadSessionUser({ db: prisma, id: token.uid as string, sessionVersion: token.sv as number });
      if (!current) throw new Error(SESSION_REVOKED);
      token.user = current;
      return token;
    },
    session({ session, token }) {
      session.user = token.user as SessionUser;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.uid === "string") await revokeSessions({ db: prisma, userId: token.uid });
    },
  },
  // Values from requests reach these (a callbackUrl, an error): one short line each, never a whole request.
  logger: {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && (metadata as Error)?.message === SESSION_REVOKED) return;
      const error = (metadata as { error?: unknown })?.error ?? metadata;
      console.error(`[next-auth][error][${forLog(code, 60)}]`, forLog(error));
    },
    warn(code) {
      console.warn(`[next-auth][warn][${forLog(code, 60)}]`);
    },
    debug() {},
  },
};
