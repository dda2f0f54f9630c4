// The shapes the flashcard pages and endpoints exchange (the contract between lib/srs and the study pages).
import type { StudentView } from "@/lib/questions/student-view";

/** Again, Hard, Good, Easy (ts-fsrs Rating 1–4). */
export type Rating = 1 | 2 | 3 | 4;
export type CardStateName = "new" | "learning" | "review" | "relearning";

export type CardFront = {
  cardId: string;
  /** Optimistic concurrency: a rating sends back the version it saw. */
  version: number;
  /** Null for a synthesis question: its readings are in `readings`. */
  reading: { slug: string; title: string; published: string } | null;
  readings: { slug: string; title: string }[];
  view: StudentView;
  isNew: boolean;
  state: CardStateName;
};

export type CardBack = {
  answer: string;
  explanation: string;
  /** `href` points at the quoted sentence in the reading. */
  quotes: { readingSlug: string; readingTitle: string; text: string; href: string }[];
  /** `correct` is null when nothing was typed or answered. */
  check: { correct: boolean | null; suggested: Rating };
  /** The next interval of each button: "10m", "1d", "4d"… */
  intervals: Record<Rating, string>;
};

export type StudyQueue = { cards: CardFront[]; remaining: { learning: number; review: number; new: number } };

export type RateResult = { cardId: string; version: number; nextDue: string; reviewLogId: string };

export type TodayClass = {
  classId: string;
  className: string;
  /** Archived by the instructor: nothing to study in it any more (docs/decisions/012-dashboard.md). */
  archived: boolean;
  dueNow: number;
  newAvailable: number;
  nextDueAt: string | null;
  readings: {
    assignmentId: string;
    slug: string;
    title: string;
    dueAt: string | null;
    studied: number;
    total: number;
    predictedRecallAtDue: number | null;
  }[];
};

export type StudentStats = {
  forecast: { day: string; due: number }[];
  heatmap: { day: string; reviews: number }[];
  retentionByWeek: { week: string; retention: number; reviews: number }[];
  byState: { state: CardStateName; count: number }[];
  readings: { slug: string; title: string; studied: number; total: number }[];
};

export type ClassAssignmentRow = {
  assignmentId: string;
  slug: string;
  title: string;
  dueAt: string | null;
  /** Students who have rated at least one card of the reading. */
  started: number;
  students: number;
  cards: number;
};

export type AssignableReading = { slug: string; title: string; published: string; questions: number; assigned: boolean };

export type ClassSrsSettings = {
  desiredRetention: number;
  newPerDay: number;
  learningSteps: string[];
  relearningSteps: string[];
  maximumInterval: number;
  dayStartHour: number;
  fitted: { at: string } | null;
};
