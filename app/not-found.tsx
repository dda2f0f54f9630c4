import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-700">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="font-medium text-brand-700 underline">
        Go to your home page
      </Link>
    </div>
  );
}
