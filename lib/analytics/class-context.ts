// The class a dashboard query reads, with the settings its numbers depend on. The instructor check is in the same
// query's where clause (owner or co-instructor); any other caller gets the 404 a missing class gets.
import "server-only";
import { computeDecayFactor, default_w } from "ts-fsrs";
import { AppError } from "@/lib/errors";
import { srsPool } from "@/lib/srs/pool";
import { DEFAULT_SETTINGS } from "@/lib/srs/scheduler";
import { DEFAULT_AT_RISK_SETTINGS, type AtRiskSettingsValues } from "./at-risk-rules";

export type ClassContext = {
  id: string;
  name: string;
  archived: boolean;
  desiredRetention: number;
  dayStartHour: number;
  /** ts-fsrs's forgetting curve R(t, S) = (1 + factor·t/S)^decay for the class's parameters, for SQL to evaluate. */
  curve: { decay: number; factor: number };
  atRisk: AtRiskSettingsValues;
};

export async function loadClassContext({ classId, instructorId }: { classId: string; instructorId: string }): Promise<ClassContext> {
  const { rows } = await srsPool().query(
    `SELECT k.id, k.name, k.archived, s."desiredRetention", s."dayStartHour", s.params,
            r."inactiveDays", r."overdueCards", r."minMeanRecall", r."minQuizFraction", r."flagMissedQuiz"
     FROM "Class" k
     JOIN "ClassInstructor" ci ON ci."classId" = k.id AND ci."userId" = $2
     LEFT JOIN "SrsSettings" s ON s."classId" = k.id
     LEFT JOIN "AtRiskSettings" r ON r."classId" = k.id
     WHERE k.id = $1`,
    [classId, instructorId],
  );
  const r = rows[0];
  if (!r) throw new AppError("NOT_FOUND", "Class not found.");
  const params: number[] = Array.isArray(r.params) && r.params.length >= 21 ? r.params : [...default_w];
  return {
    id: r.id,
    name: r.name,
    archived: r.archived,
    desiredRetention: r.desiredRetention ?? DEFAULT_SETTINGS.desiredRetention,
    dayStartHour: r.dayStartHour ?? DEFAULT_SETTINGS.dayStartHour,
    curve: computeDecayFactor(params),
    atRisk: r.inactiveDays === null ? DEFAULT_AT_RISK_SETTINGS : {
      inactiveDays: r.inactiveDays,
      overdueCards: r.overdueCards,
      minMeanRecall: r.minMeanRecall,
      minQuizFraction: r.minQuizFraction,
      flagMissedQuiz: r.flagMissedQuiz,
    },
  };
}

/**
 * SQL for ts-fsrs's get_retrievability (FSRSAlgorithm.get_retrievability with format = false) of card alias `c` at
 * the timestamp expression `at`: whole days since the last review (floored, never negative), the class's curve;
 * 0 for a card never studied. `$decay` and `$factor` are the placeholders the caller binds to `curve`.
 */
export function recallSql({ at, decay, factor }: { at: string; decay: string; factor: string }): string {
  return `CASE WHEN c.state = 0 OR c."lastReview" IS NULL OR c.stability <= 0 THEN 0::float8
    ELSE power(1 + ${factor}::float8 * GREATEST(floor((extract(epoch FROM ${at}) - extract(epoch FROM c."lastReview")) / 86400), 0) / c.stability, ${decay}::float8) END`;
}
