import type { PoolRule } from "@/lib/quiz/pools";

/** A slot as the editor holds it and PATCH /api/quizzes/[quizId] takes it. */
export type EditorSlot = { questionId: string; points: number } | { pool: PoolRule; count: number; points: number };

export function describePool(pool: PoolRule, readingTitle: (slug: string) => string): string {
  const parts = [
    pool.readings?.length ? pool.readings.map(readingTitle).join(" or ") : "any reading",
    pool.kinds?.length && `kind ${pool.kinds.join("/")}`,
    pool.types?.length && `type ${pool.types.join("/")}`,
    pool.difficulties?.length && `difficulty ${pool.difficulties.join("/")}`,
    pool.tags?.length && `tag ${pool.tags.join("/")}`,
  ].filter(Boolean);
  return parts.join(", ");
}
