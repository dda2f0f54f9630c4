"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { CardBack, CardFront, Rating } from "@/lib/srs/types";
import { AnswerInput, choicesOf } from "./answer-input";
import { CardBackView } from "./card-back";
import { RatingButtons } from "./rating-buttons";

type Props = { front: CardFront; back: CardBack | null; revealing: boolean; onReveal: (response: unknown) => void; onRate: (rating: Rating) => void };

function formatPublished(published: string) {
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? published : new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** What a front says it comes from: prompts say "the article", so the card names it. */
function CardSource({ front }: { front: CardFront }) {
  if (front.reading)
    return (
      <p className="text-sm text-slate-600">
        <span className="font-semibold text-slate-800">{front.reading.title}</span> · {formatPublished(front.reading.published)}
      </p>
    );
  return <p className="text-sm text-slate-600">Across readings: {front.readings.map((r) => r.title).join(" · ")}</p>;
}

const isTextEntry = (el: HTMLElement) =>
  el.tagName === "TEXTAREA" || el.tagName === "SELECT" || (el.tagName === "INPUT" && !["radio", "checkbox", "button"].includes((el as HTMLInputElement).type));
const isControl = (el: HTMLElement) => el.tagName === "BUTTON" || el.tagName === "A" || el.tagName === "SELECT" || el.tagName === "TEXTAREA";

/** Nothing answered yet is "no response": the check then leaves the rating to the student's own recall. */
function hasAnswer(response: unknown) {
  if (response === undefined || response === null) return false;
  if (typeof response === "string") return response.trim() !== "";
  if (typeof response === "object" && !Array.isArray(response)) return Object.keys(response).length > 0;
  return true;
}

export function ReviewCard({ front, back, revealing, onReveal, onRate }: Props) {
  const [response, setResponse] = useState<unknown>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const suggestedRef = useRef<HTMLButtonElement>(null);
  const choices = choicesOf(front.view);

  // A new card takes the focus: its text field when it has one, else its prompt (so Space reveals).
  useEffect(() => {
    (textRef.current ?? heading.current)?.focus();
  }, []);
  useEffect(() => {
    if (back) suggestedRef.current?.focus();
  }, [back]);

  const reveal = () => onReveal(hasAnswer(response) ? (typeof response === "string" ? response.trim() : response) : undefined);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      // Esc leaves a text field, so the card's keys (U to undo, Space) work again without a mouse.
      if (e.key === "Escape" && isTextEntry(target)) {
        heading.current?.focus();
        return;
      }
      if (!back) {
        const revealKey = (e.key === "Enter" && !isControl(target)) || (e.key === " " && !isControl(target) && !isTextEntry(target) && target.tagName !== "INPUT");
        if (revealKey) {
          e.preventDefault();
          reveal();
        } else if (choices && /^[1-9]$/.test(e.key) && !isTextEntry(target) && Number(e.key) <= choices.length) {
          e.preventDefault();
          setResponse(choices[Number(e.key) - 1].value);
        }
      } else if (/^[1-4]$/.test(e.key) && !isTextEntry(target)) {
        e.preventDefault();
        onRate(Number(e.key) as Rating);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });

  return (
    <article className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-labelledby="card-prompt">
      <div className="space-y-1">
        <CardSource front={front} />
        <h2 id="card-prompt" ref={heading} tabIndex={-1} className="text-xl font-semibold outline-offset-4">
          {front.view.prompt}
        </h2>
        {front.isNew && <span className="inline-block rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">New card</span>}
      </div>
      <AnswerInput view={front.view} response={response} disabled={back !== null} onChange={setResponse} textRef={textRef} answer={back?.answer} />
      {back ? (
        <>
          <CardBackView back={back} />
          <RatingButtons intervals={back.intervals} suggested={back.check.suggested} onRate={onRate} suggestedRef={suggestedRef} />
        </>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={reveal} disabled={revealing}>
            {revealing ? "Checking…" : "Show answer"}
          </Button>
          <span className="hidden text-sm text-slate-600 sm:inline">Space or Enter</span>
        </div>
      )}
    </article>
  );
}
