// The server's clock for a quiz attempt: when it may start, when it must end, and whether a save or submit that
// arrives at `now` still counts. Pure: every function takes `now`, so tests pin the clock and the server owns it.
//
// Units: settings are whole seconds (as stored and as Moodle keeps them); instants are Dates; durations the server
// computes are milliseconds.
import type { ActionRefusal, Verdict, WindowRefusal } from "./refusals";

/** Once per student per class; applies to every timed quiz of the class, including an attempt in progress. */
export type Accommodation = { timeMultiplier?: number; extraSeconds?: number };
/** Per student per quiz: replaces the quiz's window for that student (undefined = keep the quiz's). */
export type WindowOverride = { opensAt?: Date | null; closesAt?: Date | null };
/** auto_submit: the attempt ends at the deadline. grace: after it, the student may only submit, for graceSeconds. */
export type ExpiryPolicy = { kind: "auto_submit" } | { kind: "grace"; graceSeconds: number };
export type QuizTiming = {
  timeLimitSeconds: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** May an accommodation's extra time run past the close time? */
  extraTimePastClose: boolean;
  expiry: ExpiryPolicy;
};
export type TimingInput = { quiz: QuizTiming; accommodation?: Accommodation; override?: WindowOverride };

export const DEFAULT_NETWORK_GRACE_MS = 15_000;

/** The window that applies to this student: a per-quiz override wins over the quiz's own times. */
export function resolveWindow({ quiz, override }: TimingInput): { opensAt: Date | null; closesAt: Date | null } {
  return {
    opensAt: override?.opensAt !== undefined ? override.opensAt : quiz.opensAt,
    closesAt: override?.closesAt !== undefined ? override.closesAt : quiz.closesAt,
  };
}

/** Time with the accommodation applied: d × multiplier + extra. Monotone in d and in both accommodation terms. */
export function extendDuration({ ms, accommodation }: { ms: number; accommodation?: Accommodation }): number {
  const multiplier = accommodation?.timeMultiplier ?? 1;
  const extraMs = (accommodation?.extraSeconds ?? 0) * 1000;
  return ms * multiplier + extraMs;
}

export function checkStart(input: TimingInput & { now: Date }): Verdict<WindowRefusal> {
  const { opensAt, closesAt } = resolveWindow(input);
  if (opensAt && input.now < opensAt) return { ok: false, reason: "QUIZ_NOT_OPEN" };
  if (closesAt && input.now >= closesAt) return { ok: false, reason: "QUIZ_CLOSED" };
  return { ok: true };
}

/**
 * The close-time rule. Without `extraTimePastClose`, the close time cuts every attempt. With it, the accommodation
 * applies to the time the student had left before the close — start + (close − start) × multiplier + extra — so an
 * accommodated student starting late gets the same share of extra time as one starting early, and no more
 * (accommodations on an untimed quiz change nothing: there is no limit to extend).
 */
function closeCutoffMs({ quiz, accommodation, override, startedAt }: TimingInput & { startedAt: Date }): number {
  const { closesAt } = resolveWindow({ quiz, override });
  if (!closesAt) return Infinity;
  const start = startedAt.getTime();
  const left = Math.max(0, closesAt.getTime() - start);
  if (!quiz.extraTimePastClose || quiz.timeLimitSeconds === null) return start + left;
  return start + extendDuration({ ms: left, accommodation });
}

/**
 * Deadline = the earlier of (start + limit × accommodation) and the close-time rule; null when the quiz has neither
 * a limit nor a close time. Never before the start.
 */
export function computeDeadline(input: TimingInput & { startedAt: Date }): Date | null {
  const { quiz, accommodation, startedAt } = input;
  const byLimit =
    quiz.timeLimitSeconds === null
      ? Infinity
      : startedAt.getTime() + extendDuration({ ms: quiz.timeLimitSeconds * 1000, accommodation });
  const deadline = Math.min(byLimit, closeCutoffMs(input));
  return Number.isFinite(deadline) ? new Date(Math.max(deadline, startedAt.getTime())) : null;
}

/**
 * An accommodation or override changed while the attempt is open: the deadline follows it, except that a shorter
 * one never ends the attempt before `now` (answers the student was allowed to send stay valid).
 */
export function recomputeDeadline(
  input: TimingInput & { attempt: { startedAt: Date; deadline: Date | null; finishedAt: Date | null }; now: Date },
): Date | null {
  const { attempt, now } = input;
  if (attempt.finishedAt) return attempt.deadline;
  const next = computeDeadline({ ...input, startedAt: attempt.startedAt });
  if (next === null) return null;
  const floor = attempt.deadline && attempt.deadline < now ? attempt.deadline : now;
  return next < floor ? floor : next;
}

export function remainingMs({ deadline, now }: { deadline: Date | null; now: Date }): number | null {
  return deadline === null ? null : Math.max(0, deadline.getTime() - now.getTime());
}

function graceMs(expiry: ExpiryPolicy): number {
  return expiry.kind === "grace" ? expiry.graceSeconds * 1000 : 0;
}

/**
 * Whether a save or a submit arriving at `now` counts. The network grace absorbs a request sent just before the
 * deadline that arrives just after it. During an expiry grace period only a submit is accepted, and it does not
 * carry answers (`acceptsAnswers: false`): the attempt is graded on what was saved by the deadline.
 */
export function checkAttemptAction(input: {
  action: "save" | "submit";
  attempt: { deadline: Date | null; finishedAt: Date | null };
  expiry: ExpiryPolicy;
  now: Date;
  networkGraceMs?: number;
}): Verdict<ActionRefusal, { acceptsAnswers: boolean }> {
  const { action, attempt, expiry, now, networkGraceMs = DEFAULT_NETWORK_GRACE_MS } = input;
  if (attempt.finishedAt) return { ok: false, reason: "ATTEMPT_FINISHED" };
  if (attempt.deadline === null) return { ok: true, acceptsAnswers: true };
  const late = now.getTime() - attempt.deadline.getTime() - networkGraceMs;
  if (late <= 0) return { ok: true, acceptsAnswers: true };
  if (expiry.kind === "auto_submit") return { ok: false, reason: "PAST_DEADLINE" };
  if (late > graceMs(expiry)) return { ok: false, reason: "PAST_GRACE_PERIOD" };
  return action === "submit" ? { ok: true, acceptsAnswers: false } : { ok: false, reason: "SUBMIT_ONLY" };
}

/**
 * From when the server (lazy read or sweep) finishes an open attempt on its own. It records finish time = deadline
 * and grades the answers saved by then.
 */
export function getAutoFinishAt(input: {
  deadline: Date | null;
  expiry: ExpiryPolicy;
  networkGraceMs?: number;
}): Date | null {
  const { deadline, expiry, networkGraceMs = DEFAULT_NETWORK_GRACE_MS } = input;
  if (deadline === null) return null;
  return new Date(deadline.getTime() + networkGraceMs + graceMs(expiry));
}

export function isOverdue(input: { deadline: Date | null; expiry: ExpiryPolicy; now: Date; networkGraceMs?: number }) {
  const finishAt = getAutoFinishAt(input);
  return finishAt !== null && input.now > finishAt;
}
