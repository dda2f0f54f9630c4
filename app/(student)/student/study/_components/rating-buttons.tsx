"use client";
import type { RefObject } from "react";
import type { Rating } from "@/lib/srs/types";

const RATINGS: { rating: Rating; label: string; className: string }[] = [
  { rating: 1, label: "Again", className: "text-red-800 ring-red-300" },
  { rating: 2, label: "Hard", className: "text-amber-900 ring-amber-300" },
  { rating: 3, label: "Good", className: "text-green-800 ring-green-300" },
  { rating: 4, label: "Easy", className: "text-brand-800 ring-brand-100" },
];

type Props = { intervals: Record<Rating, string>; suggested: Rating; onRate: (rating: Rating) => void; suggestedRef: RefObject<HTMLButtonElement | null> };

/** Again / Hard / Good / Easy with each one's next interval; the check's suggestion is marked and focused. */
export function RatingButtons({ intervals, suggested, onRate, suggestedRef }: Props) {
  return (
    <div role="group" aria-label="How well did you remember? (keys 1–4)" className="grid grid-cols-4 gap-2">
      {RATINGS.map(({ rating, label, className }) => {
        const isSuggested = rating === suggested;
        return (
          <button
            key={rating}
            type="button"
            ref={isSuggested ? suggestedRef : undefined}
            onClick={() => onRate(rating)}
            aria-label={`${label}, next in ${intervals[rating]}${isSuggested ? " (suggested)" : ""}`}
            className={`flex min-h-14 flex-col items-center justify-center rounded-md bg-white px-1 py-2 text-sm font-semibold ring-1 hover:bg-slate-50 ${className} ${isSuggested ? "ring-3 bg-slate-50" : ""}`}
          >
            <span>
              <span className="mr-1 hidden font-mono text-xs text-slate-500 sm:inline" aria-hidden>
                {rating}
              </span>
              {label}
            </span>
            <span className="text-xs font-normal text-slate-600">{intervals[rating]}</span>
            {isSuggested && <span className="text-[10px] font-medium tracking-wide text-slate-600 uppercase">suggested</span>}
          </button>
        );
      })}
    </div>
  );
}
