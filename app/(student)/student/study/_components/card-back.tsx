import type { CardBack } from "@/lib/srs/types";

const VERDICT = {
  true: { text: "Correct", className: "bg-green-50 text-green-900 ring-green-200" },
  false: { text: "Not quite", className: "bg-red-50 text-red-900 ring-red-200" },
  null: { text: "Compare with your recall", className: "bg-slate-100 text-slate-800 ring-slate-200" },
};

export function verdictOf(back: CardBack) {
  return VERDICT[String(back.check.correct) as keyof typeof VERDICT];
}

/** The back of a card: the check, the answer, why, and the sentence of the reading it comes from. */
export function CardBackView({ back }: { back: CardBack }) {
  const verdict = verdictOf(back);
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      <p className={`rounded-md px-3 py-2 text-sm font-semibold ring-1 ${verdict.className}`}>{verdict.text}</p>
      <div>
        <h3 className="text-sm font-medium text-slate-600">Answer</h3>
        <p className="text-lg font-semibold">{back.answer}</p>
      </div>
      {back.explanation && <p className="text-slate-800">{back.explanation}</p>}
      {back.quotes.map((quote) => (
        <figure key={quote.href} className="border-l-4 border-brand-100 pl-3">
          <blockquote className="text-slate-700 italic">“{quote.text}”</blockquote>
          <figcaption className="mt-1 text-sm">
            <a href={quote.href} target="_blank" rel="noopener" className="text-brand-700 underline">
              Read it in “{quote.readingTitle}”
            </a>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
