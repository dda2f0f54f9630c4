"use client";
// Taking an attempt: the questions (one per page or all on one), the navigator, saving as the student answers, the
// server's countdown, and the submission — by the student, or by the page itself at the deadline.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { StudentResponse } from "@/components/question/response";
import type { AttemptState } from "@/lib/quiz/attempt-state";
import { fetchState, saveItem, submit } from "./attempt-api";
import { AttemptQuestion } from "./attempt-question";
import { Countdown, useRemaining } from "./countdown";
import { QuestionNavigator } from "./question-navigator";
import { SaveIndicator } from "./save-indicator";
import { useAnswerSaver } from "./use-answer-saver";
import { useConnection } from "./use-connection";

const isAnswered = (response: unknown) =>
  response !== null && response !== undefined && response !== "" && !(typeof response === "object" && !Array.isArray(response) && Object.keys(response).length === 0);

export function AttemptSession({ initial }: { initial: AttemptState }) {
  const router = useRouter();
  const [offsetMs, setOffsetMs] = useState(0);
  // The server's deadline, re-read with the clock: extra time granted mid-attempt moves it (and the countdown).
  const [deadline, setDeadline] = useState(initial.deadline);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [flags, setFlags] = useState(() => new Map(initial.items.map((i) => [i.position, i.flagged])));
  const [current, setCurrent] = useState(initial.items[0]?.position ?? 1);
  const connection = useConnection({ attemptId: initial.id, offsetMs });
  const saver = useAnswerSaver({ attemptId: initial.id, initial: initial.items.map((i) => ({ position: i.position, response: i.response, seq: i.seq })), onRefused: setRefusal, onConnection: connection.report });
  const remaining = useRemaining(deadline, offsetMs);
  const finishing = useRef(false);

  // Measure the clock offset against the server (and again every two minutes: a device clock may jump).
  useEffect(() => {
    let stop = false;
    const measure = async () => {
      const fresh = await fetchState(initial.id);
      if (stop || !fresh) return;
      setOffsetMs(fresh.offsetMs);
      setDeadline(fresh.state.deadline);
      if (fresh.state.state === "finished") router.replace(`/student/attempts/${initial.id}/review`);
    };
    void measure();
    const id = setInterval(measure, 120_000);
    return () => {
      stop = true;
      clearInterval(id);
    };
  }, [initial.id, router]);

  const finish = useCallback(async (by: "student" | "timer") => {
    if (finishing.current) return;
    finishing.current = true;
    setSubmitting(true);
    setSubmitError(null);
    await saver.flush();
    const outcome = await submit(initial.id, by);
    if (outcome.ok || outcome.status === 404) return router.replace(`/student/attempts/${initial.id}/review`);
    finishing.current = false;
    setSubmitting(false);
    setSubmitError(outcome.status === 0 ? "Could not reach the server to submit. Your saved answers are kept; try again." : outcome.error.message);
  }, [initial.id, router, saver]);

  const timeUp = remaining !== null && remaining <= 0;
  const checking = useRef(false);
  useEffect(() => {
    if (!timeUp || initial.expiryPolicy !== "auto_submit" || checking.current) return;
    checking.current = true;
    // Ask the server first: extra time granted since the last read moves the deadline, and then the page goes on.
    void fetchState(initial.id).then((fresh) => {
      checking.current = false;
      if (fresh?.state.deadline && Date.parse(fresh.state.deadline) > Date.now() + fresh.offsetMs) {
        setOffsetMs(fresh.offsetMs);
        setDeadline(fresh.state.deadline);
        return;
      }
      void finish("timer");
    });
  }, [timeUp, initial.expiryPolicy, initial.id, finish]);

  const setFlag = (position: number, flagged: boolean) => {
    setFlags((prev) => new Map(prev).set(position, flagged));
    void saveItem(initial.id, position, { flagged });
  };

  const locked = timeUp || refusal !== null || submitting;
  const nav = initial.items.map((item) => ({ position: item.position, answered: isAnswered(saver.responseOf(item.position)), flagged: flags.get(item.position) ?? false }));
  const unanswered = nav.filter((n) => !n.answered).length;
  const shown = initial.layout === "all_on_one" ? initial.items : initial.items.filter((i) => i.position === current);
  const index = (position: number) => initial.items.findIndex((i) => i.position === position);
  const go = (position: number) => {
    setCurrent(position);
    if (initial.layout === "all_on_one") document.getElementById(`item-${position}`)?.scrollIntoView({ block: "start" });
    requestAnimationFrame(() => document.getElementById(`item-${position}`)?.focus());
  };

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 bg-slate-50/95 py-2">
        <SaveIndicator status={saver.status} online={connection.online} />
        {remaining !== null && <Countdown remaining={remaining} />}
      </div>
      {!connection.online && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 ring-1 ring-amber-300">
          Connection lost. Keep this page open: your answers are kept here and saved as soon as the connection is back.
        </p>
      )}
      {refusal && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200">{refusal}</p>}
      {timeUp && initial.expiryPolicy === "grace" && !refusal && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 ring-1 ring-amber-300">
          The time is over: answers can no longer be changed. Submit your attempt now.
        </p>
      )}
      <QuestionNavigator items={nav} current={initial.layout === "one_per_page" ? current : null} onGo={go} />
      {shown.map((item) => (
        <div key={item.position} id={`item-${item.position}`} tabIndex={-1} className="outline-none">
          <AttemptQuestion
            item={item} index={index(item.position)} total={initial.items.length}
            response={saver.responseOf(item.position)} onChange={(r: StudentResponse) => saver.change(item.position, r)}
            flagged={flags.get(item.position) ?? false} onFlag={(f) => setFlag(item.position, f)} disabled={locked}
          />
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        {initial.layout === "one_per_page" && (
          <>
            <Button variant="secondary" onClick={() => go(initial.items[index(current) - 1].position)} disabled={index(current) <= 0}>Previous</Button>
            <Button variant="secondary" onClick={() => go(initial.items[index(current) + 1].position)} disabled={index(current) >= initial.items.length - 1}>Next</Button>
          </>
        )}
        <Button onClick={() => void finish("student")} disabled={submitting}>{submitting ? "Submitting…" : "Submit attempt"}</Button>
        {unanswered > 0 && <span className="text-sm text-slate-700">{unanswered} unanswered</span>}
      </div>
      {submitError && <p role="alert" className="text-sm font-medium text-red-800">{submitError}</p>}
    </div>
  );
}
