// The one vocabulary for question metadata, on every screen and in every export; the values themselves are the ones
// in questions/README.md. "Type" is the form of the answer the student gives, "Kind" the topic the question is
// about, so no label of one may read like a label of the other ("Date answer" vs "Dates & timeline").
import type { QuestionKind, QuestionType } from "@/lib/questions/schema";

export const TYPE_LABELS: Record<QuestionType, string> = {
  mcq: "Multiple choice",
  true_false: "True or false",
  numeric: "Number answer",
  date: "Date answer",
  short: "Short answer",
  ordering: "Put in order",
  matching: "Matching pairs",
};

export const KIND_LABELS: Record<QuestionKind, string> = {
  date: "Dates & timeline",
  number: "Figures & amounts",
  person: "People",
  position: "Positions & views",
  policy: "Policies",
  cause: "Causes & effects",
  event: "Events",
};

export const DIFFICULTY_LABELS: Record<1 | 2 | 3, string> = { 1: "Easy", 2: "Medium", 3: "Hard" };

/** The bank of questions that cite several readings (its folder and filter value are "synthesis"). */
export const SYNTHESIS_TITLE = "Synthesis (across readings)";

/** Labels for values read back from the database, typed as plain strings there. */
export const typeLabel = (type: string) => TYPE_LABELS[type as QuestionType] ?? type;
export const kindLabel = (kind: string) => KIND_LABELS[kind as QuestionKind] ?? kind;
export const difficultyLabel = (difficulty: number) => DIFFICULTY_LABELS[difficulty as 1 | 2 | 3] ?? String(difficulty);
