import Link from "next/link";

/** The "← Parent page" link above a page's heading. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="text-sm text-brand-700 underline">
      ← {children}
    </Link>
  );
}
