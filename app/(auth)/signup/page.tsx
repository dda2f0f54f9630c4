import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { findUsableInvitation } from "@/lib/users/invitations";
import { invitationTokenSchema } from "@/lib/users/schemas";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

type Search = { code?: string | string[]; invite?: string | string[] };

/** `?code=` fills a student's join code; `?invite=` is an invitation to teach (docs/decisions/007-who-may-teach.md). */
export default async function SignUpPage({ searchParams }: { searchParams: Promise<Search> }) {
  if (await getCurrentUser()) redirect("/");
  const { code, invite } = await searchParams;
  const token = invitationTokenSchema.safeParse(invite);
  const invitation = token.success ? await findUsableInvitation({ token: token.data, now: new Date() }) : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{invitation ? "Create your instructor account" : "Create an account"}</h1>
      {invite !== undefined && !invitation && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          This invitation link has expired, was revoked or was already used. Ask the person who invited you for a new one. You can still sign up as a student with a class join code.
        </p>
      )}
      {invitation ? (
        <p className="text-sm text-slate-700">
          {invitation.invitedBy.name} invited <strong>{invitation.email}</strong> to teach on Lectern.
        </p>
      ) : (
        <p className="text-sm text-slate-700">Students sign up with the join code their instructor gives them. Instructors join by invitation.</p>
      )}
      <SignUpForm
        initialJoinCode={typeof code === "string" ? code.slice(0, 20) : ""}
        invitation={invitation && token.success ? { token: token.data, email: invitation.email } : null}
      />
      <p className="text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
