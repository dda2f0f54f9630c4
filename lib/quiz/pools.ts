// Pools: a slot that draws `count` questions from those matching a filter. Pure. A quiz's pools must be able to
// supply every draw at once without repeating a question (nor one the quiz already asks as a fixed question), so the
// check is Hall's condition — for every set of pools, the questions they can draw from number at least the questions
// they must draw — not just "each pool matches N", which two overlapping pools can both pass and still run dry.
import { seededShuffle } from "@/lib/shuffle";

export type PoolSupply = { count: number; matches: string[] };
/** A pool that cannot supply its draw: its position among the pools and how many it can give. */
export type PoolShortage = { pool: number; count: number; available: number; together?: number[] };

const MAX_EXACT_POOLS = 12;

/**
 * Why the pools cannot all be drawn, or [] when they can. Each pool alone first (clear messages); then every union of
 * pools (2^k sets, k ≤ 12 — a quiz with more pools is checked by the total only).
 */
export function checkPoolSupply({ pools, fixed }: { pools: PoolSupply[]; fixed: string[] }): PoolShortage[] {
  const taken = new Set(fixed);
  const free = pools.map((p) => new Set(p.matches.filter((id) => !taken.has(id))));
  const alone = pools.flatMap((p, i) => (free[i].size < p.count ? [{ pool: i, count: p.count, available: free[i].size }] : []));
  if (alone.length > 0) return alone;
  const subsets = pools.length <= MAX_EXACT_POOLS ? 1 << pools.length : 0;
  const sets = subsets ? Array.from({ length: subsets - 1 }, (_, m) => m + 1) : [];
  if (!subsets && pools.length > 0) sets.push(-1); // all pools together
  for (const mask of sets) {
    const members = pools.map((_, i) => i).filter((i) => mask === -1 || mask & (1 << i));
    if (members.length < 2) continue;
    const union = new Set(members.flatMap((i) => [...free[i]]));
    const need = members.reduce((sum, i) => sum + pools[i].count, 0);
    if (union.size < need) return [{ pool: members[0], count: need, available: union.size, together: members }];
  }
  return [];
}

export function describeShortage(s: PoolShortage): string {
  if (s.together) {
    const names = s.together.map((i) => `#${i + 1}`).join(", ");
    return `Pools ${names} must draw ${s.count} different questions together, but only ${s.available} match them.`;
  }
  return `Pool #${s.pool + 1} must draw ${s.count} questions, but only ${s.available} match it${s.available ? "" : " (none)"} outside the quiz's fixed questions.`;
}

/**
 * One draw for an attempt: `count` distinct questions per pool, none repeated across pools or of the fixed ones,
 * random by `seed` (same seed, same draw). Each draw tries its pool's questions in a seeded order and, when they are
 * taken, moves an earlier draw to another of its questions (augmenting paths: a maximum bipartite matching), so it
 * succeeds exactly when checkPoolSupply finds no shortage. Returns the question ids per pool, or null if impossible.
 */
export function drawPools({ pools, fixed, seed }: { pools: PoolSupply[]; fixed: string[]; seed: string }): string[][] | null {
  const taken = new Set(fixed);
  const candidates = pools.map((p, i) => seededShuffle(p.matches.filter((id) => !taken.has(id)), `${seed}:pool:${i}`));
  const draws = pools.flatMap((p, i) => Array.from({ length: p.count }, () => i));
  const owner = new Map<string, number>(); // question → draw
  const tryDraw = (draw: number, seen: Set<string>): boolean => {
    for (const id of candidates[draws[draw]]) {
      if (seen.has(id)) continue;
      seen.add(id);
      const holder = owner.get(id);
      if (holder === undefined || tryDraw(holder, seen)) {
        owner.set(id, draw);
        return true;
      }
    }
    return false;
  };
  for (let d = 0; d < draws.length; d++) if (!tryDraw(d, new Set())) return null;
  const result = pools.map(() => [] as string[]);
  const byDraw = [...owner.entries()].sort((a, b) => a[1] - b[1]);
  for (const [id, draw] of byDraw) result[draws[draw]].push(id);
  return result;
}

/** What a pool filters on, for each question the quiz may use (no answers: the editor's browser gets this list). */
/** `reading`: the question's own reading (null for a synthesis question); `readings`: every reading it cites. */
export type PoolCandidate = { id: string; type: string; kind: string; difficulty: number; tags: string[]; reading: string | null; readings: string[] };
export type PoolRule = { readings?: string[]; kinds?: string[]; types?: string[]; difficulties?: number[]; tags?: string[] };

/**
 * An empty or absent list does not filter. Readings: the question's own reading is one of the pool's (a synthesis
 * question, which has none, is left out of a pool that names readings — as the draw at start does, lib/quiz/draw-items).
 * Tags: any one of the pool's tags.
 */
export function matchesPool(q: PoolCandidate, rule: PoolRule): boolean {
  const any = <T,>(list: T[] | undefined, test: (x: T) => boolean) => !list?.length || list.some(test);
  return (
    (!rule.readings?.length || (q.reading !== null && rule.readings.includes(q.reading))) &&
    any(rule.kinds, (k) => k === q.kind) &&
    any(rule.types, (t) => t === q.type) &&
    any(rule.difficulties, (d) => d === q.difficulty) &&
    any(rule.tags, (t) => q.tags.includes(t))
  );
}

/** The questions of a quiz's readings: those whose every reading is one of them (synthesis questions included). */
export function withinReadings(questions: PoolCandidate[], readings: string[]): PoolCandidate[] {
  return questions.filter((q) => q.readings.length > 0 && q.readings.every((slug) => readings.includes(slug)));
}
