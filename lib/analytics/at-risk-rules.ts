// The at-risk rules of the class dashboard (docs/decisions/012-dashboard.md). Pure: the class's aggregates come in,
// the reasons a student is flagged go out, each with the moment it became true as far as the data tells it.
// No database, no clock: `now` is passed in.

export type AtRiskSettingsValues = {
  /** Flag a student with no review and no quiz attempt for this many days. */
  inactiveDays: number;
  /** Flag more than this many overdue cards. */
  overdueCards: number;
  /** Flag a mean predicted recall (studied cards, now) under this, and a reading due within DUE_SOON_DAYS whose
   * predicted recall on its due date is under this. */
  minMeanRecall: number;
  /** Flag a quiz graded under this fraction of its points. */
  minQuizFraction: number;
  /** Flag a closed quiz the student never finished. */
  flagMissedQuiz: boolean;
};

/** The schema's defaults (prisma/schema.prisma AtRiskSettings): a class without a row uses them. */
export const DEFAULT_AT_RISK_SETTINGS: AtRiskSettingsValues = {
  inactiveDays: 5,
  overdueCards: 50,
  minMeanRecall: 0.7,
  minQuizFraction: 0.5,
  flagMissedQuiz: true,
};

export type RiskRule = "inactive" | "overdue" | "low_recall" | "missed_quiz" | "failed_quiz" | "behind_for_due_date";

export const RULE_LABELS: Record<RiskRule, string> = {
  inactive: "Inactive",
  overdue: "Overdue cards",
  low_recall: "Low recall",
  missed_quiz: "Missed quiz",
  failed_quiz: "Failed quiz",
  behind_for_due_date: "Behind for a due date",
};

export type RiskReason = { rule: RiskRule; detail: string; since: Date | null };

export type StudentRiskInput = {
  enrolledAt: Date;
  /** Last review or quiz attempt start; null if neither ever happened. */
  lastActiveAt: Date | null;
  lastReviewAt: Date | null;
  overdue: number;
  /** The due time of the overdue card that took the count past the threshold (the (threshold+1)-th oldest). */
  overdueSince: Date | null;
  /** Mean predicted recall now over studied cards; null when none is studied. */
  meanRecall: number | null;
  quizzes: { title: string; closedAt: Date | null; finished: boolean; fraction: number | null; gradedAt: Date | null }[];
  /** The next reading due date and the student's predicted recall of that reading then (unstudied cards count 0). */
  nextDue: { title: string; dueAt: Date; recallAtDue: number; assignedAt: Date } | null;
};

const DAY_MS = 86_400_000;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const later = (a: Date, b: Date | null) => (b && b > a ? b : a);

function inactiveReason(s: StudentRiskInput, rules: AtRiskSettingsValues, now: Date): RiskReason | null {
  const since = s.lastActiveAt ?? s.enrolledAt;
  const days = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
  if (days < rules.inactiveDays) return null;
  return { rule: "inactive", detail: s.lastActiveAt ? `No activity for ${days} days` : `No activity since joining ${days} days ago`, since };
}

function overdueReason(s: StudentRiskInput, rules: AtRiskSettingsValues): RiskReason | null {
  if (s.overdue <= rules.overdueCards) return null;
  return { rule: "overdue", detail: `${s.overdue} overdue cards (limit ${rules.overdueCards})`, since: s.overdueSince };
}

/** Recall only falls between reviews, so it has been under the bar at most since the last review. */
function recallReason(s: StudentRiskInput, rules: AtRiskSettingsValues): RiskReason | null {
  if (s.meanRecall === null || s.meanRecall >= rules.minMeanRecall) return null;
  return { rule: "low_recall", detail: `Mean recall ${pct(s.meanRecall)} (target ${pct(rules.minMeanRecall)})`, since: s.lastReviewAt };
}

function quizReasons(s: StudentRiskInput, rules: AtRiskSettingsValues, now: Date): RiskReason[] {
  const out: RiskReason[] = [];
  for (const q of s.quizzes) {
    if (rules.flagMissedQuiz && !q.finished && q.closedAt && q.closedAt <= now) {
      out.push({ rule: "missed_quiz", detail: `Missed “${q.title}”`, since: q.closedAt });
    } else if (q.fraction !== null && q.fraction < rules.minQuizFraction) {
      out.push({ rule: "failed_quiz", detail: `${pct(q.fraction)} on “${q.title}” (pass ${pct(rules.minQuizFraction)})`, since: q.gradedAt });
    }
  }
  return out;
}

/** How close a due date must be for the "behind" rule to judge it: earlier, there is still time to study. */
export const DUE_SOON_DAYS = 7;

/**
 * Predicted recall of the next due reading on its due date (unstudied cards count 0, as on the student's own page),
 * under the class's recall bar, once the due date is within DUE_SOON_DAYS: since the due date came that close (or
 * the reading was assigned, if later).
 */
function dueDateReason(s: StudentRiskInput, rules: AtRiskSettingsValues, now: Date): RiskReason | null {
  const next = s.nextDue;
  if (!next || next.dueAt <= now || next.recallAtDue >= rules.minMeanRecall) return null;
  const window = new Date(next.dueAt.getTime() - DUE_SOON_DAYS * DAY_MS);
  if (window > now) return null;
  return {
    rule: "behind_for_due_date",
    detail: `Predicted recall ${pct(next.recallAtDue)} of “${next.title}” on its due date (target ${pct(rules.minMeanRecall)})`,
    since: later(window, next.assignedAt),
  };
}

/** Every rule that fires for one student, in a fixed order. */
export function evaluateAtRisk({ student, rules, now }: { student: StudentRiskInput; rules: AtRiskSettingsValues; now: Date }): RiskReason[] {
  return [
    inactiveReason(student, rules, now),
    overdueReason(student, rules),
    recallReason(student, rules),
    ...quizReasons(student, rules, now),
    dueDateReason(student, rules, now),
  ].filter((r): r is RiskReason => r !== null);
}
