// Points from fractions: a question's share of its slot's points, an attempt's score.

/** One question in one attempt: its weight in the quiz and what it earned. An instructor's mark, if any, wins. */
export type SlotScore = { points: number; fraction: number; overrideMark?: number | null };

export function scoreSlot({ slot }: { slot: SlotScore }): number {
  if (slot.overrideMark !== undefined && slot.overrideMark !== null) {
    return Math.min(slot.points, Math.max(0, slot.overrideMark));
  }
  return slot.points * slot.fraction;
}

export function scoreAttempt({ slots }: { slots: SlotScore[] }): { score: number; maxScore: number } {
  return {
    score: slots.reduce((sum, slot) => sum + scoreSlot({ slot }), 0),
    maxScore: slots.reduce((sum, slot) => sum + slot.points, 0),
  };
}
