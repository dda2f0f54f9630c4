import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { homePath } from "@/lib/auth/roles";

// Say only what works. When quizzes or the dashboard land, move them out of "Coming next".
const FOR_STUDENTS = [
  "Join your class with its code or invite link.",
  "Read the course articles, with nothing in the way.",
  "Review with spaced-repetition flashcards, scheduled by FSRS so each card returns just before you would forget it.",
];
const FOR_INSTRUCTORS = [
  "Create classes and invite students with a code or a link.",
  "Browse a question bank where every answer cites the passage it comes from.",
  "Open a reading to see which passages your questions quote, and how often.",
];

function Audience({ title, points }: { title: string; points: string[] }) {
  return (
    <section aria-labelledby={`for-${title}`} className="rounded-lg bg-white p-5 text-left shadow-sm ring-1 ring-slate-200">
      <h2 id={`for-${title}`} className="text-lg font-semibold">
        For {title}
      </h2>
      <ul className="mt-3 space-y-2 text-slate-700">
        {points.map((point) => (
          <li key={point} className="flex gap-2">
            <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-brand-600" />
            {point}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) redirect(homePath(user.role));
  return (
    <div className="mx-auto max-w-3xl space-y-10 py-8">
      <div className="space-y-5 text-center">
        <h1 className="text-4xl font-bold tracking-tight">Read it. Remember it.</h1>
        <p className="mx-auto max-w-2xl text-lg text-slate-700">
          Lectern keeps a class’s readings and the questions on them together. Every question points to the sentences of the reading
          it comes from.
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
      <div className="grid gap-4 sm:grid-cols-2">
        <Audience title="students" points={FOR_STUDENTS} />
        <Audience title="instructors" points={FOR_INSTRUCTORS} />
      </div>
      <p className="text-center text-sm text-slate-600">
        <span className="font-semibold text-slate-800">Coming next:</span> timed quizzes and a class dashboard.
      </p>
    </div>
  );
}
