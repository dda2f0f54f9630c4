// The frozen list of an attempt, decided at its start: fixed questions and pool draws, the question order and each
// question's option order, all from the attempt's seed. Pure: the same seed and inputs give the same attempt.
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { seededShuffle } from "@/lib/shuffle";
import { freezeOptionOrder, type OptionOrder } from "./item-view";
import { drawPools, type PoolSupply } from "./pools";

export type PoolFilter = { readingIds?: string[]; kinds?: string[]; types?: string[]; difficulties?: number[]; tags?: string[] };
export type SlotRow = { id: string; position: number; questionId: string | null; versionId: string | null; poolFilter: unknown; count: number; points: number };
/** A question a pool may draw: the class's (or its instructors' copies) on the quiz's readings, with its current version. */
export type Candidate = { questionId: string; versionId: string; type: string; readingId: string | null; kind: string; difficulty: number; tags: string[] };
export type DrawnItem = { position: number; questionId: string; versionId: string; slotId: string; points: number };
export type FrozenItem = DrawnItem & { optionOrder: OptionOrder };

const nonEmpty = <T>(list: T[] | undefined): list is T[] => Array.isArray(list) && list.length > 0;

export function matchesPool(c: Candidate, filter: PoolFilter): boolean {
  if (nonEmpty(filter.readingIds) && (c.readingId === null || !filter.readingIds.includes(c.readingId))) return false;
  if (nonEmpty(filter.kinds) && !filter.kinds.includes(c.kind)) return false;
  if (nonEmpty(filter.types) && !filter.types.includes(c.type)) return false;
  if (nonEmpty(filter.difficulties) && !filter.difficulties.includes(c.difficulty)) return false;
  if (nonEmpty(filter.tags) && !filter.tags.some((tag) => c.tags.includes(tag))) return false;
  return true;
}

/**
 * Fixed slots first claim their questions; the pools then draw `count` questions each, none repeated, from a seeded
 * shuffle of their matches sorted by id. With overlapping pools a greedy draw (pool by pool) can starve a later pool
 * that a different choice would have filled, so the draw is the builder's own matching (lib/quiz/pools.ts drawPools),
 * which succeeds exactly when the builder's supply check passed. Only when questions left the class after publishing
 * (retired, unassigned) can it fail; then each pool gives what it still has, in slot order: the quiz is shorter rather
 * than the start failing.
 */
export function drawItems({ slots, candidates, seed, shuffleQuestions }: {
  slots: SlotRow[]; candidates: Candidate[]; seed: string; shuffleQuestions: boolean;
}): DrawnItem[] {
  const ordered = [...slots].sort((a, b) => a.position - b.position);
  const fixed = ordered.filter((s) => s.questionId).map((s) => s.questionId!);
  const byId = new Map(candidates.map((c) => [c.questionId, c]));
  const sorted = [...candidates].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
  const pools = ordered.filter((s) => !s.questionId);
  const supply = pools.map((slot) => ({
    count: Math.max(0, slot.count),
    matches: sorted.filter((c) => matchesPool(c, (slot.poolFilter ?? {}) as PoolFilter)).map((c) => c.questionId),
  }));
  const matched = drawPools({ pools: supply, fixed, seed }) ?? drawGreedily({ supply, fixed, seed });
  const picks = new Map(pools.map((slot, i) => [slot.id, matched[i]]));
  const drawn: Omit<DrawnItem, "position">[] = [];
  for (const slot of ordered) {
    if (slot.questionId) {
      if (slot.versionId) drawn.push({ questionId: slot.questionId, versionId: slot.versionId, slotId: slot.id, points: slot.points });
      continue;
    }
    for (const id of picks.get(slot.id) ?? []) drawn.push({ questionId: id, versionId: byId.get(id)!.versionId, slotId: slot.id, points: slot.points });
  }
  const items = shuffleQuestions ? seededShuffle(drawn, `${seed}:order`) : drawn;
  return items.map((item, i) => ({ ...item, position: i + 1 }));
}

/** The fallback when no full draw exists: pool by pool, each what is left of its matches. */
function drawGreedily({ supply, fixed, seed }: { supply: PoolSupply[]; fixed: string[]; seed: string }): string[][] {
  const taken = new Set(fixed);
  return supply.map((pool, i) => {
    const picks = seededShuffle(pool.matches.filter((id) => !taken.has(id)), `${seed}:pool:${i}`).slice(0, pool.count);
    for (const id of picks) taken.add(id);
    return picks;
  });
}

export function freezeItems({ items, contents, seed, shuffleOptions }: {
  items: DrawnItem[]; contents: Map<string, NormalizedQuestion>; seed: string; shuffleOptions: boolean;
}): FrozenItem[] {
  return items.map((item) => {
    const content = contents.get(item.versionId);
    return { ...item, optionOrder: content ? freezeOptionOrder({ content, seed: `${seed}:${item.questionId}`, shuffleOptions }) : null };
  });
}
