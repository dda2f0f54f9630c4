import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { homePath } from "@/lib/auth/roles";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) redirect(homePath(user.role));
  return (
    <div className="mx-auto max-w-2xl space-y-6 py-8 text-center">
      <h1 className="text-4xl font-bold tracking-tight">Read it. Remember it. Prove it.</h1>
      <p className="text-lg text-slate-700">
        Lectern turns your class readings into spaced-repetition flashcards and fair, server-timed quizzes — and every answer
        shows the sentence of the reading it comes from.
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/signup" className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
          Create an account
        </Link>
        <Link href="/login" className="rounded-md bg-white px-5 py-3 font-semibold text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100">
          Sign in
        </Link>
      </div>
    </div>
  );
}
