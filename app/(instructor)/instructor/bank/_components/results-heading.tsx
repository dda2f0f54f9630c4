"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { takeResultsFocusRequest } from "./results-focus";

/** The results' heading, focused (and so read out, count included) when the filters asked for it. */
export function ResultsHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeResultsFocusRequest()) ref.current?.focus();
  });
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="text-lg font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700">
      {children}
    </h2>
  );
}
