import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/guard";
import { homePath } from "@/lib/auth/roles";
import { NavLinks, type NavLink } from "@/components/nav-links";
import { SignOutButton } from "@/components/sign-out-button";
import type { Role } from "@/generated/prisma/client";

const TEACHING_NAV: NavLink[] = [
  { href: "/instructor", label: "Classes" },
  { href: "/instructor/bank", label: "Question bank", also: ["/instructor/questions"] },
  { href: "/readings", label: "Readings" },
];
// An administrator teaches too (docs/decisions/007-who-may-teach.md); their invitations live on /admin.
const NAV: Record<Role, NavLink[]> = {
  ADMIN: [{ href: "/admin", label: "Administration" }, ...TEACHING_NAV],
  INSTRUCTOR: [...TEACHING_NAV, { href: "/instructor/invitations", label: "Invite a colleague" }],
  STUDENT: [
    { href: "/student", label: "Today" },
    { href: "/student/stats", label: "Study stats" },
    { href: "/readings", label: "Readings" },
  ],
};

const ROLE_LABEL: Record<Role, string> = { ADMIN: "Administrator", INSTRUCTOR: "Instructor", STUDENT: "Student" };

export async function SiteHeader() {
  const user = await getCurrentUser();
  const home = user ? homePath(user.role) : "/";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href={home} className="text-lg font-bold tracking-tight text-brand-800">
          Lectern
        </Link>
        {user && (
          <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <NavLinks links={NAV[user.role]} />
          </nav>
        )}
        <nav aria-label="Account" className="flex items-center gap-2">
          {user ? (
            <>
              <span className="hidden text-sm text-slate-600 sm:inline">
                {user.name} · {ROLE_LABEL[user.role]}
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
