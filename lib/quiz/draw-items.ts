// The frozen list of an attempt, decided at its start: fixed questions and pool draws, the question order and each
// question's option order, all from the attempt's seed. Pure: the same seed and inputs give the same attempt.
import type { NormalizedQuestion } from "@/lib/questions/schema";
import { seededShuffle } from "@/lib/shuffle";
import { freezeOptionOrder, type OptionOrder } from "./item-view";

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
 * Fixed slots first claim their questions; each pool then draws `count` questions not already in the attempt (in slot
 * order), a seeded shuffle of its matches sorted by id. A pool with too few matches gives what it has: the quiz is
 * shorter rather than the start failing (the instructor's preview shows the pool sizes).
 */
export function drawItems({ slots, candidates, seed, shuffleQuestions }: {
  slots: SlotRow[]; candidates: Candidate[]; seed: string; shuffleQuestions: boolean;
}): DrawnItem[] {
  const taken = new Set(slots.filter((s) => s.questionId).map((s) => s.questionId!));
  const sorted = [...candidates].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
  const drawn: Omit<DrawnItem, "position">[] = [];
  for (const slot of [...slots].sort((a, b) => a.position - b.position)) {
    if (slot.questionId) {
      if (slot.versionId) drawn.push({ questionId: slot.questionId, versionId: slot.versionId, slotId: slot.id, points: slot.points });
      continue;
    }
    const filter = (slot.poolFilter ?? {}) as PoolFilter;
    const matches = sorted.filter((c) => !taken.has(c.questionId) && matchesPool(c, filter));
    for (const pick of seededShuffle(matches, `${seed}:pool:${slot.id}`).slice(0, Math.max(0, slot.count))) {
      taken.add(pick.questionId);
      drawn.push({ questionId: pick.questionId, versionId: pick.versionId, slotId: slot.id, points: slot.points });
    }
  }
  const ordered = shuffleQuestions ? seededShuffle(drawn, `${seed}:order`) : drawn;
  return ordered.map((item, i) => ({ ...item, position: i + 1 }));
}

export function freezeItems({ items, contents, seed, shuffleOptions }: {
  items: DrawnItem[]; contents: Map<string, NormalizedQuestion>; seed: string; shuffleOptions: boolean;
}): FrozenItem[] {
  return items.map((item) => {
    const content = contents.get(item.versionId);
    return { ...item, optionOrder: content ? freezeOptionOrder({ content, seed: `${seed}:${item.questionId}`, shuffleOptions }) : null };
  });
}
