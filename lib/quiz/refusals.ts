// Why the server refuses a quiz action, as typed reasons the pure rules return and one sentence each for the
// student. A route maps a refusal to `new AppError("CONFLICT", describeRefusal(reason))` (a 409 with the reason).

/** Starting an attempt: the student's window (timing) or attempt allowance (scoring) says no. */
export type WindowRefusal = "QUIZ_NOT_OPEN" | "QUIZ_CLOSED";
export type AttemptLimitRefusal = "ATTEMPT_IN_PROGRESS" | "NO_ATTEMPTS_LEFT" | "TOO_SOON";
/** A save or submit on an attempt. */
export type ActionRefusal = "ATTEMPT_FINISHED" | "PAST_DEADLINE" | "SUBMIT_ONLY" | "PAST_GRACE_PERIOD";
export type QuizRefusal = WindowRefusal | AttemptLimitRefusal | ActionRefusal;

/** A rule's answer: allowed (with what the caller needs next) or refused with a reason. */
export type Verdict<R extends QuizRefusal, Allowed = object> = ({ ok: true } & Allowed) | { ok: false; reason: R };

const MESSAGES: Record<QuizRefusal, string> = {
  QUIZ_NOT_OPEN: "This quiz is not open yet.",
  QUIZ_CLOSED: "This quiz is closed.",
  ATTEMPT_IN_PROGRESS: "You already have an attempt in progress: continue it instead.",
  NO_ATTEMPTS_LEFT: "You have no attempts left for this quiz.",
  TOO_SOON: "You must wait before starting another attempt.",
  ATTEMPT_FINISHED: "This attempt has already been submitted.",
  PAST_DEADLINE: "The time for this attempt is over; answers sent after the deadline are not recorded.",
  SUBMIT_ONLY: "The time is over: you can still submit, but answers can no longer be changed.",
  PAST_GRACE_PERIOD: "The time to submit this attempt is over; it is submitted with the answers saved by the deadline.",
};

export function describeRefusal(reason: QuizRefusal): string {
  return MESSAGES[reason];
}
