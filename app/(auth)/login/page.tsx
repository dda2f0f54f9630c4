import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guard";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Sign in" };

// `callbackUrl` is the page a signed-out visitor opened (set by proxy.ts, or by an invite link): signing in returns there.
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const returnTo = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(returnTo ?? "/");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <LoginForm returnTo={returnTo} />
      <p className="text-sm text-slate-700">
        New here?{" "}
        <Link href="/signup" className="font-medium text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
