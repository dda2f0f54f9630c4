import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/guard";
import { SignOutButton } from "@/components/sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const home = user ? (user.role === "INSTRUCTOR" ? "/instructor" : "/student") : "/";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href={home} className="text-lg font-bold tracking-tight text-brand-800">
          Lectern
        </Link>
        <nav aria-label="Account" className="flex items-center gap-2">
          {user ? (
            <>
              <span className="hidden text-sm text-slate-600 sm:inline">
                {user.name} · {user.role === "INSTRUCTOR" ? "Instructor" : "Student"}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/login" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
                Sign in
              </Link>
              <Link href="/signup" className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
