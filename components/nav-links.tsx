"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** `also`: other path prefixes that belong to the same section (the question editor belongs to the bank). */
export type NavLink = { href: string; label: string; also?: string[] };

/** The current page is the link with the longest matching prefix: /instructor/bank is not "Classes". */
function currentHref(links: NavLink[], pathname: string): string | undefined {
  const prefixes = links.flatMap((l) => [l.href, ...(l.also ?? [])].map((prefix) => ({ href: l.href, prefix })));
  const matches = prefixes.filter(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return matches.sort((a, b) => b.prefix.length - a.prefix.length)[0]?.href;
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
