import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/guard";
import { loginPathFor } from "@/lib/auth/callback-url";
import { findClassToJoin } from "@/lib/classes/queries";
import { JoinConfirm } from "./_components/join-confirm";

export const metadata: Metadata = { title: "Join a class" };

const LINK = "font-medium text-brand-700 underline";
const PRIMARY_LINK = "inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800";
const SECONDARY_LINK = "inline-flex min-h-10 items-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100";

function JoinCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Card>
        <div className="space-y-4">{children}</div>
      </Card>
    </div>
  );
}

// The invite link an instructor shares: /join?code=XXXX-XXXX. Whoever opens it is taken one step closer to the class.
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const joinCode = typeof code === "string" ? code.slice(0, 20) : "";
  const user = await getCurrentUser();

  if (!user) {
    const here = `/join?code=${encodeURIComponent(joinCode)}`;
    return (
      <JoinCard title="Join a class">
        <p>You have been invited to a class on Lectern. Sign in to join it, or create a student account with the class code filled in.</p>
        <div className="flex flex-wrap gap-3">
          <Link href={loginPathFor(here)} className={PRIMARY_LINK}>
            Sign in to join
          </Link>
          <Link href={`/signup?code=${encodeURIComponent(joinCode)}`} className={SECONDARY_LINK}>
            Create a student account
          </Link>
        </div>
      </JoinCard>
    );
  }

  if (user.role !== "STUDENT") {
    return (
      <JoinCard title="Join a class">
        <p>
          This invite link is for students. You are signed in as {user.role === "ADMIN" ? "an administrator" : "an instructor"}, so there is
          nothing to join.
        </p>
        <Link href="/" className={LINK}>
          Go to your home page
        </Link>
      </JoinCard>
    );
  }

  const invited = await findClassToJoin({ joinCode, studentId: user.id });
  if (!invited) {
    return (
      <JoinCard title="This invite link does not work">
        <p>No open class has this code. The instructor may have changed the code or archived the class; ask them for a new link.</p>
        <Link href="/student" className={LINK}>
          Go to your home page to enter a code
        </Link>
      </JoinCard>
    );
  }
  if (invited.isEnrolled) {
    return (
      <JoinCard title={invited.name}>
        <p>You are already in this class.</p>
        <Link href="/student" className={LINK}>
          Go to your home page
        </Link>
      </JoinCard>
    );
  }
  return (
    <JoinCard title={`Join ${invited.name}`}>
      <p>
        You have been invited to <strong>{invited.name}</strong>
        {invited.instructor && `, taught by ${invited.instructor}`}. Join with one click.
      </p>
      <JoinConfirm joinCode={joinCode} name={invited.name} />
    </JoinCard>
  );
}
