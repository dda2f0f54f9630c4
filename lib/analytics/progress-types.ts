// The shapes the class dashboard exchanges (lib/analytics → the instructor pages, the CSV export, the benchmark).
// Dates are ISO strings: these objects cross into client components.
import type { AtRiskSettingsValues, RiskReason } from "./at-risk-rules";

export type RiskReasonView = Omit<RiskReason, "since"> & { since: string | null };

export type ReadingCell = { assignmentId: string; studied: number; cards: number };
export type QuizCell = { quizId: string; grade: number | null; fraction: number | null; attempts: number };

export type StudentProgressRow = {
  studentId: string;
  name: string;
  email: string;
  enrolledAt: string;
  lastActiveAt: string | null;
  reviews7d: number;
  overdue: number;
  /** Mean predicted recall now over studied cards (FSRS retrievability); null when none is studied. */
  meanRecall: number | null;
  studied: number;
  cards: number;
  readings: ReadingCell[];
  quizzes: QuizCell[];
  accommodation: { timeMultiplier: number; extraSeconds: number; extraAttempts: number; note: string | null } | null;
  /** The at-risk rules that fire for the student (empty: not at risk). */
  reasons: RiskReasonView[];
};

export type ReadingProgress = {
  assignmentId: string;
  slug: string;
  title: string;
  dueAt: string | null;
  /** Share of enrolled students who rated at least one card of the reading. */
  startedShare: number;
  /** Share of enrolled students with no new card left in it (and at least one card). */
  finishedNewShare: number;
  /** Class mean over every student's cards of the reading, unstudied cards counting 0. */
  meanRecallNow: number | null;
  /** The same at the due date; null when there is no due date ahead. */
  meanRecallAtDue: number | null;
};

export type ClassProgress = {
  class: { id: string; name: string; archived: boolean; desiredRetention: number };
  /** The class's at-risk thresholds; the "behind for a due date" target is the class's desired retention. */
  atRiskSettings: AtRiskSettingsValues;
  generatedAt: string;
  students: StudentProgressRow[];
  readings: ReadingProgress[];
  quizzes: { id: string; title: string; gradingMethod: string; maxScore: number | null }[];
};

export type AtRiskStudent = {
  studentId: string;
  name: string;
  email: string;
  reasons: RiskReasonView[];
};
