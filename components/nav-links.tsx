"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

/** The current page is the link whose href is the longest prefix of the path: /instructor/bank is not "Classes". */
function currentHref(links: NavLink[], pathname: string): string | undefined {
  const matches = links.filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

export function NavLinks({ links }: { links: NavLink[] }) {
  const current = currentHref(links, usePathname());
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            aria-current={link.href === current ? "page" : undefined}
            className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
