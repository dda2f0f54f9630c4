"use client";
import { useSyncExternalStore, type ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";

const styles: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-500",
  secondary: "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100 disabled:text-slate-500",
  danger: "bg-white text-red-700 ring-1 ring-red-300 hover:bg-red-50 disabled:text-slate-500",
};

const noSubscription = () => () => {};
/** False in the server's HTML and until React has hydrated this page, true from then on. */
export const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  /**
   * Our forms submit with JavaScript (JSON to route handlers). Until React has hydrated, a click would fall back to a
   * native GET submit and put the fields — a password — in the URL, so such buttons stay disabled until then and say
   * "Loading…" (on a slow network that can take seconds; a grey button saying nothing looks broken). A button whose
   * native behaviour is safe (a GET filter form) passes `worksBeforeHydration`.
   */
  worksBeforeHydration?: boolean;
};

export function Button({ variant = "primary", className = "", disabled, worksBeforeHydration = false, children, ...props }: Props) {
  const hydrated = useHydrated();
  const isWaiting = !hydrated && !worksBeforeHydration;
  return (
    <button
      {...props}
      disabled={disabled || isWaiting}
      aria-busy={isWaiting || undefined}
      className={`inline-flex min-h-10 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed ${styles[variant]} ${className}`}
    >
      {isWaiting ? "Loading…" : children}
    </button>
  );
}
