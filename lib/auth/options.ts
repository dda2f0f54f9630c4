import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/throttle-rules";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/generated/prisma/client";

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) });

/** Shown for every failed sign-in that is not a lock: never says whether the email exists. */
export const INVALID_CREDENTIALS = "Invalid email or password.";

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
        const forwarded = req?.headers?.["x-forwarded-for"] as string | undefined;
        const result = await authenticate({
          db: prisma,
          ...parsed.data,
          ip: clientIp(forwarded, env().TRUST_PROXY_HOPS),
          now: new Date(),
        });
        if (!result.ok) throw new Error(result.reason === "LOCKED" ? result.message : INVALID_CREDENTIALS);
        return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid as string;
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
};
