// Which questions the dashboard flags as probably bad, and why (docs/decisions/013-item-analysis.md). Pure: the caller
// passes a question's quiz statistics (./item-analysis) and its flashcard counts, plus those of its reading.

/** The thresholds, in one place so that the page can say what each flag means. */
export const FLAG_RULES = {
  /** Quiz statistics from fewer attempts than this are shown but never flag: one unlucky student is not a signal. */
  minAttempts: 5,
  /** Moodle's guidance: a facility under 20% is a question (nearly) nobody gets — a wrong key or a trick question. */
  facilityBelow: 0.2,
  /**
   * A lapse rate is "far above its reading's" when all three hold: enough reviews to judge (minReviews), a gap a
   * teacher would notice (minExcess, in absolute terms), and a gap chance does not explain — the question's lapse count
   * sits at least minZ binomial standard errors above what the reading's rate predicts for that many reviews
   * (one-sided z ≥ 2, about 2% false alarms per question when the question is no harder than its reading).
   */
  lapse: { minReviews: 10, minExcess: 0.1, minZ: 2 },
} as const;

export type FlagRule = "negative_discrimination" | "low_facility" | "high_lapse_rate";
export type QuestionFlag = { rule: FlagRule; message: string };

/** Lapses counted over reviews of cards in the Review state (a lapse = Again on such a card). */
export type LapseCounts = { reviews: number; lapses: number };

export const lapseRateOf = ({ reviews, lapses }: LapseCounts): number | null => (reviews > 0 ? lapses / reviews : null);

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** z of the question's lapse rate against its reading's, under the reading's rate; null when it cannot be judged. */
export function lapseExcessZ({ question, reading }: { question: LapseCounts; reading: LapseCounts }): number | null {
  const p = lapseRateOf(question);
  const base = lapseRateOf(reading);
  if (p === null || base === null) return null;
  if (base === 0) return p > 0 ? Infinity : 0;
  if (base === 1) return 0;
  return (p - base) / Math.sqrt((base * (1 - base)) / question.reviews);
}

export function isLapseRateFarAbove({ question, reading }: { question: LapseCounts; reading: LapseCounts }): boolean {
  const { minReviews, minExcess, minZ } = FLAG_RULES.lapse;
  const p = lapseRateOf(question);
  const base = lapseRateOf(reading);
  if (p === null || base === null || question.reviews < minReviews) return false;
  const z = lapseExcessZ({ question, reading })!;
  return p - base >= minExcess && z >= minZ;
}

export function flagQuestion(input: {
  quiz?: { count: number; facility: number | null; discriminationIndex: number | null } | null;
  flashcards?: { question: LapseCounts; reading: LapseCounts } | null;
}): QuestionFlag[] {
  const flags: QuestionFlag[] = [];
  const { quiz, flashcards } = input;
  if (quiz && quiz.count >= FLAG_RULES.minAttempts) {
    if (quiz.discriminationIndex !== null && quiz.discriminationIndex < 0) {
      flags.push({ rule: "negative_discrimination", message: `Negative discrimination (${quiz.discriminationIndex.toFixed(2)}): students who did better on the rest of the quiz did worse here.` });
    }
    if (quiz.facility !== null && quiz.facility < FLAG_RULES.facilityBelow) {
      flags.push({ rule: "low_facility", message: `Facility ${percent(quiz.facility)}: below ${percent(FLAG_RULES.facilityBelow)}, almost nobody earns this mark.` });
    }
  }
  if (flashcards && isLapseRateFarAbove(flashcards)) {
    const [p, base] = [lapseRateOf(flashcards.question)!, lapseRateOf(flashcards.reading)!];
    flags.push({ rule: "high_lapse_rate", message: `Lapse rate ${percent(p)} against ${percent(base)} for its reading: students keep forgetting this card.` });
  }
  return flags;
}
