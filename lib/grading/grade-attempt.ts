// An attempt's marks from its frozen items: each question's fraction by the bank's marker (with partial credit), then
// the score with any instructor's mark in place of the computed one. Pure: submit, the sweep and regrade all call it,
// so an attempt graded twice from the same items gets the same numbers.
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { markQuestion } from "./mark-question";
import { scoreAttempt } from "./score";

export type GradableItem = {
  points: number;
  /** QuestionVersion.content: the normalised question the student saw. */
  content: unknown;
  /** The permutation shown; responses name texts (not positions), so marking does not need it. */
  optionOrder: unknown;
  response: unknown;
  overrideMark: number | null;
};

/** No response (never answered, or cleared) earns nothing; anything else is for the marker to judge. */
export function markItem({ content, response }: Pick<GradableItem, "content" | "response">): number {
  if (response === null || response === undefined) return 0;
  return markQuestion({ question: content as NormalizedQuestion, response }).fraction;
}

export function gradeAttemptItems({ items }: { items: GradableItem[] }): { fractions: number[]; score: number; maxScore: number } {
  const fractions = items.map(markItem);
  const { score, maxScore } = scoreAttempt({
    slots: items.map((item, i) => ({ points: item.points, fraction: fractions[i], overrideMark: item.overrideMark })),
  });
  return { fractions, score, maxScore };
}
