import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkAttemptAction,
  checkStart,
  computeDeadline,
  getAutoFinishAt,
  isOverdue,
  recomputeDeadline,
  remainingMs,
  type Accommodation,
  type ExpiryPolicy,
  type QuizTiming,
} from "@/lib/quiz/timing";

const T0 = Date.parse("2026-03-02T09:00:00Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const quiz = (over: Partial<QuizTiming> = {}): QuizTiming => ({
  timeLimitSeconds: 3600,
  opensAt: at(0),
  closesAt: at(120),
  extraTimePastClose: false,
  expiry: { kind: "auto_submit" },
  ...over,
});

const minutesArb = fc.integer({ min: 0, max: 600 });
const accommodationArb: fc.Arbitrary<Accommodation> = fc.record({
  timeMultiplier: fc.double({ min: 1, max: 4, noNaN: true }),
  extraSeconds: fc.integer({ min: 0, max: 7200 }),
});
const quizArb: fc.Arbitrary<QuizTiming> = fc.record({
  timeLimitSeconds: fc.option(fc.integer({ min: 60, max: 4 * 3600 }), { nil: null }),
  opensAt: fc.constant(at(0)),
  closesAt: fc.option(minutesArb.map(at), { nil: null }),
  extraTimePastClose: fc.boolean(),
  expiry: fc.oneof(
    fc.constant<ExpiryPolicy>({ kind: "auto_submit" }),
    fc.integer({ min: 0, max: 3600 }).map((graceSeconds): ExpiryPolicy => ({ kind: "grace", graceSeconds })),
  ),
});

describe("computeDeadline", () => {
  it("is start + limit × accommodation when the close time is far", () => {
    const deadline = computeDeadline({ quiz: quiz(), accommodation: { timeMultiplier: 1.5 }, startedAt: at(10) });
    expect(deadline).toEqual(at(100));
  });

  it("is cut by the close time unless extra time may run past it", () => {
    const accommodation = { timeMultiplier: 1.5 };
    expect(computeDeadline({ quiz: quiz(), accommodation, startedAt: at(90) })).toEqual(at(120));
    // 30 minutes were left before the close: the student gets them × 1.5
    const past = quiz({ extraTimePastClose: true });
    expect(computeDeadline({ quiz: past, accommodation, startedAt: at(90) })).toEqual(at(135));
    expect(computeDeadline({ quiz: past, accommodation: { extraSeconds: 600 }, startedAt: at(90) })).toEqual(at(130));
    // without an accommodation the setting changes nothing
    expect(computeDeadline({ quiz: past, startedAt: at(90) })).toEqual(at(120));
  });

  it("uses the per-quiz override of the window", () => {
    const deadline = computeDeadline({ quiz: quiz(), override: { closesAt: at(200) }, startedAt: at(90) });
    expect(deadline).toEqual(at(150));
  });

  it("has no deadline for an untimed quiz without a close time, and ignores extra time on an untimed quiz", () => {
    expect(computeDeadline({ quiz: quiz({ timeLimitSeconds: null, closesAt: null }), startedAt: at(5) })).toBeNull();
    const untimed = quiz({ timeLimitSeconds: null, extraTimePastClose: true });
    expect(computeDeadline({ quiz: untimed, accommodation: { timeMultiplier: 2 }, startedAt: at(60) })).toEqual(at(120));
  });

  it("property: never before the start; never after the close when extra time may not run past it", () => {
    fc.assert(
      fc.property(quizArb, accommodationArb, minutesArb, (q, accommodation, start) => {
        const deadline = computeDeadline({ quiz: q, accommodation, startedAt: at(start) });
        expect(deadline === null).toBe(q.timeLimitSeconds === null && q.closesAt === null);
        if (deadline === null) return;
        expect(deadline >= at(start)).toBe(true);
        if (!q.extraTimePastClose && q.closesAt && at(start) <= q.closesAt) expect(deadline <= q.closesAt).toBe(true);
        if (q.timeLimitSeconds !== null) {
          const max = at(start).getTime() + (q.timeLimitSeconds * accommodation.timeMultiplier! + accommodation.extraSeconds!) * 1000;
          expect(deadline.getTime()).toBeLessThanOrEqual(Math.ceil(max));
        }
      }),
    );
  });

  it("property: more accommodation never gives an earlier deadline", () => {
    fc.assert(
      fc.property(quizArb, accommodationArb, accommodationArb, minutesArb, (q, a, b, start) => {
        const more = {
          timeMultiplier: Math.max(a.timeMultiplier!, b.timeMultiplier!),
          extraSeconds: Math.max(a.extraSeconds!, b.extraSeconds!),
        };
        const base = computeDeadline({ quiz: q, accommodation: a, startedAt: at(start) });
        const extended = computeDeadline({ quiz: q, accommodation: more, startedAt: at(start) });
        expect(extended?.getTime() ?? Infinity).toBeGreaterThanOrEqual(base?.getTime() ?? Infinity);
      }),
    );
  });
});

describe("extraTimePastClose", () => {
  it("property: allowing extra time past the close never shortens a deadline, and changes nothing without one", () => {
    fc.assert(
      fc.property(quizArb, accommodationArb, minutesArb, (q, accommodation, start) => {
        const startedAt = at(start);
        const cut = computeDeadline({ quiz: { ...q, extraTimePastClose: false }, accommodation, startedAt });
        const past = computeDeadline({ quiz: { ...q, extraTimePastClose: true }, accommodation, startedAt });
        expect(past?.getTime() ?? Infinity).toBeGreaterThanOrEqual(cut?.getTime() ?? Infinity);
        expect(computeDeadline({ quiz: { ...q, extraTimePastClose: true }, startedAt })).toEqual(computeDeadline({ quiz: q, startedAt }));
      }),
    );
  });
});

describe("recomputeDeadline", () => {
  it("property: an open attempt's new deadline is the computed one, held back only so as not to end it before now", () => {
    fc.assert(
      fc.property(quizArb, accommodationArb, minutesArb, minutesArb, minutesArb, (q, accommodation, start, old, later) => {
        const attempt = { startedAt: at(start), deadline: at(start + old), finishedAt: null };
        const now = at(start + later);
        const next = recomputeDeadline({ quiz: q, accommodation, attempt, now });
        const computed = computeDeadline({ quiz: q, accommodation, startedAt: attempt.startedAt });
        expect(next === null).toBe(computed === null);
        if (computed === null) return;
        const floor = Math.min(attempt.deadline.getTime(), now.getTime());
        expect(next!.getTime()).toBe(Math.max(computed.getTime(), floor));
        expect(next! >= attempt.startedAt).toBe(true);
      }),
    );
  });


  const attempt = { startedAt: at(10), deadline: at(70), finishedAt: null };

  it("moves the deadline of an attempt in progress when an accommodation is added", () => {
    const next = recomputeDeadline({ quiz: quiz(), accommodation: { extraSeconds: 1200 }, attempt, now: at(30) });
    expect(next).toEqual(at(90));
  });

  it("never moves a shorter deadline before now, and leaves a finished attempt alone", () => {
    const long = { ...attempt, deadline: at(100) };
    expect(recomputeDeadline({ quiz: quiz(), attempt: long, now: at(80) })).toEqual(at(80));
    const finished = { ...attempt, finishedAt: at(50) };
    expect(recomputeDeadline({ quiz: quiz(), accommodation: { timeMultiplier: 2 }, attempt: finished, now: at(60) })).toEqual(at(70));
  });
});

describe("checkStart", () => {
  it("refuses before the open and from the close on, with the override's window", () => {
    expect(checkStart({ quiz: quiz({ opensAt: at(5) }), now: at(0) })).toEqual({ ok: false, reason: "QUIZ_NOT_OPEN" });
    expect(checkStart({ quiz: quiz(), now: at(120) })).toEqual({ ok: false, reason: "QUIZ_CLOSED" });
    expect(checkStart({ quiz: quiz(), override: { closesAt: at(180) }, now: at(120) })).toEqual({ ok: true });
  });
});

describe("checkAttemptAction", () => {
  const attempt = { deadline: at(60), finishedAt: null };
  const grace: ExpiryPolicy = { kind: "grace", graceSeconds: 300 };
  const seconds = (s: number) => new Date(at(60).getTime() + s * 1000);

  it("accepts until deadline + 15 s, then refuses with a reason", () => {
    const expiry: ExpiryPolicy = { kind: "auto_submit" };
    expect(checkAttemptAction({ action: "save", attempt, expiry, now: seconds(15) })).toEqual({ ok: true, acceptsAnswers: true });
    expect(checkAttemptAction({ action: "save", attempt, expiry, now: seconds(15.001) })).toEqual({ ok: false, reason: "PAST_DEADLINE" });
    expect(checkAttemptAction({ action: "submit", attempt, expiry, now: seconds(16) })).toEqual({ ok: false, reason: "PAST_DEADLINE" });
  });

  it("in a grace period accepts only a submit, without answers, until the grace ends", () => {
    expect(checkAttemptAction({ action: "save", attempt, expiry: grace, now: seconds(20) })).toEqual({ ok: false, reason: "SUBMIT_ONLY" });
    expect(checkAttemptAction({ action: "submit", attempt, expiry: grace, now: seconds(20) })).toEqual({ ok: true, acceptsAnswers: false });
    expect(checkAttemptAction({ action: "submit", attempt, expiry: grace, now: seconds(316) })).toEqual({ ok: false, reason: "PAST_GRACE_PERIOD" });
  });

  it("refuses anything on a finished attempt", () => {
    const finished = { ...attempt, finishedAt: at(30) };
    expect(checkAttemptAction({ action: "submit", attempt: finished, expiry: grace, now: at(31) })).toEqual({ ok: false, reason: "ATTEMPT_FINISHED" });
  });

  it("property: accepted exactly when not after deadline + network grace (auto-submit), answers never after it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -600_000, max: 600_000 }).map((ms) => ms / 1000),
        fc.integer({ min: 0, max: 60_000 }),
        fc.constantFrom("save" as const, "submit" as const),
        fc.integer({ min: 0, max: 600 }),
        (offsetS, networkGraceMs, action, graceSeconds) => {
          const now = seconds(offsetS);
          const inTime = now.getTime() <= at(60).getTime() + networkGraceMs;
          const auto = checkAttemptAction({ action, attempt, expiry: { kind: "auto_submit" }, now, networkGraceMs });
          expect(auto.ok).toBe(inTime);
          const withGrace = checkAttemptAction({ action, attempt, expiry: { kind: "grace", graceSeconds }, now, networkGraceMs });
          expect(withGrace.ok && withGrace.acceptsAnswers).toBe(inTime);
          if (withGrace.ok) expect(isOverdue({ deadline: attempt.deadline, expiry: { kind: "grace", graceSeconds }, now, networkGraceMs })).toBe(false);
        },
      ),
    );
  });
});

describe("remainingMs and getAutoFinishAt", () => {
  it("counts down to zero and never below; no deadline, no countdown", () => {
    expect(remainingMs({ deadline: at(60), now: at(59) })).toBe(60_000);
    expect(remainingMs({ deadline: at(60), now: at(61) })).toBe(0);
    expect(remainingMs({ deadline: null, now: at(61) })).toBeNull();
  });

  it("finishes an abandoned attempt after the network grace, plus the grace period if any", () => {
    expect(getAutoFinishAt({ deadline: at(60), expiry: { kind: "auto_submit" } })).toEqual(new Date(at(60).getTime() + 15_000));
    expect(getAutoFinishAt({ deadline: at(60), expiry: { kind: "grace", graceSeconds: 120 } })).toEqual(new Date(at(62).getTime() + 15_000));
    expect(isOverdue({ deadline: null, expiry: { kind: "auto_submit" }, now: at(999) })).toBe(false);
  });
});
