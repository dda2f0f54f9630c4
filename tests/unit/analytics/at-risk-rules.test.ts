import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_AT_RISK_SETTINGS, evaluateAtRisk, type StudentRiskInput } from "@/lib/analytics/at-risk-rules";

const NOW = new Date("2026-11-29T12:00:00Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const ahead = (days: number) => new Date(NOW.getTime() + days * DAY);

/** A student who breaks no rule: active an hour ago, nothing overdue, good recall, quiz passed, ready for the due date. */
const fine: StudentRiskInput = {
  enrolledAt: ago(30),
  lastActiveAt: ago(1 / 24),
  lastReviewAt: ago(1 / 24),
  overdue: 0,
  overdueSince: null,
  meanRecall: 0.92,
  quizzes: [{ title: "Quiz 1", closedAt: ago(2), finished: true, fraction: 0.8, gradedAt: ago(3) }],
  nextDue: { title: "Reading", dueAt: ahead(3), recallAtDue: 0.95, assignedAt: ago(10) },
};

const run = (student: Partial<StudentRiskInput>, rules = DEFAULT_AT_RISK_SETTINGS) =>
  evaluateAtRisk({ student: { ...fine, ...student }, rules, now: NOW });

describe("at-risk rules", () => {
  it("flags no one who keeps up", () => {
    expect(run({})).toEqual([]);
  });

  it("inactive: from the threshold day on, since the last activity (or joining, if never active)", () => {
    expect(run({ lastActiveAt: ago(4.9) })).toEqual([]);
    expect(run({ lastActiveAt: ago(5) })).toEqual([{ rule: "inactive", detail: "No activity for 5 days", since: ago(5) }]);
    expect(run({ lastActiveAt: null, lastReviewAt: null, meanRecall: null })).toEqual([
      { rule: "inactive", detail: "No activity since joining 30 days ago", since: ago(30) },
    ]);
    expect(run({ lastActiveAt: ago(6) }, { ...DEFAULT_AT_RISK_SETTINGS, inactiveDays: 7 })).toEqual([]);
  });

  it("overdue: more than the threshold, since the card that went past it fell due", () => {
    expect(run({ overdue: 50, overdueSince: null })).toEqual([]);
    expect(run({ overdue: 51, overdueSince: ago(2) })).toEqual([{ rule: "overdue", detail: "51 overdue cards (limit 50)", since: ago(2) }]);
  });

  it("low recall: under the bar, since the last review; no studied card is no recall to judge", () => {
    expect(run({ meanRecall: 0.7 })).toEqual([]);
    expect(run({ meanRecall: 0.69, lastReviewAt: ago(0.5), lastActiveAt: ago(0.5) })).toEqual([
      { rule: "low_recall", detail: "Mean recall 69% (target 70%)", since: ago(0.5) },
    ]);
    expect(run({ meanRecall: null })).toEqual([]);
  });

  it("quizzes: a closed quiz never finished is missed (unless switched off); a grade under the pass fraction failed", () => {
    const missed = { title: "Quiz 2", closedAt: ago(1), finished: false, fraction: null, gradedAt: null };
    const open = { ...missed, closedAt: ahead(1) };
    const failed = { title: "Quiz 3", closedAt: null, finished: true, fraction: 0.4, gradedAt: ago(2) };
    expect(run({ quizzes: [missed, open, failed] })).toEqual([
      { rule: "missed_quiz", detail: "Missed “Quiz 2”", since: ago(1) },
      { rule: "failed_quiz", detail: "40% on “Quiz 3” (pass 50%)", since: ago(2) },
    ]);
    expect(run({ quizzes: [missed] }, { ...DEFAULT_AT_RISK_SETTINGS, flagMissedQuiz: false })).toEqual([]);
    expect(run({ quizzes: [{ ...failed, fraction: 0.5 }] })).toEqual([]);
  });

  it("behind for a due date: within a week of it, predicted recall then under the bar, since the week began (or the assignment)", () => {
    const nextDue = { title: "Reading", dueAt: ahead(3), recallAtDue: 0.5, assignedAt: ago(10) };
    expect(run({ nextDue })).toEqual([
      { rule: "behind_for_due_date", detail: "Predicted recall 50% of “Reading” on its due date (target 70%)", since: ago(4) },
    ]);
    expect(run({ nextDue: { ...nextDue, assignedAt: ago(1) } })[0].since).toEqual(ago(1));
    expect(run({ nextDue: { ...nextDue, dueAt: ahead(7.5) } })).toEqual([]);
    expect(run({ nextDue: { ...nextDue, recallAtDue: 0.7 } })).toEqual([]);
    expect(run({ nextDue }, { ...DEFAULT_AT_RISK_SETTINGS, minMeanRecall: 0.4 })).toEqual([]);
  });

  it("property: raising a threshold never flags more students for inactivity or overdue cards", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 100 }),
        (idleDays, overdue, inactiveDays, overdueCards) => {
          const student = { lastActiveAt: ago(idleDays), overdue, overdueSince: ago(1) };
          const strict = run(student, { ...DEFAULT_AT_RISK_SETTINGS, inactiveDays, overdueCards }).length;
          const lax = run(student, { ...DEFAULT_AT_RISK_SETTINGS, inactiveDays: inactiveDays + 1, overdueCards: overdueCards + 1 }).length;
          expect(lax).toBeLessThanOrEqual(strict);
        }),
    );
  });
});
