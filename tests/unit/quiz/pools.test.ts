import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPoolSupply, describeShortage, drawPools, type PoolSupply } from "@/lib/quiz/pools";

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe("checkPoolSupply", () => {
  it("accepts pools that can each draw their count outside the fixed questions", () => {
    expect(checkPoolSupply({ pools: [{ count: 2, matches: ids("a", 3) }], fixed: ["a0"] })).toEqual([]);
  });

  it("refuses a pool whose matches, minus the fixed questions, are fewer than its count", () => {
    const shortages = checkPoolSupply({ pools: [{ count: 3, matches: ids("a", 3) }], fixed: ["a0"] });
    expect(shortages).toEqual([{ pool: 0, count: 3, available: 2 }]);
    expect(describeShortage(shortages[0])).toBe("Pool #1 must draw 3 questions, but only 2 match it outside the quiz's fixed questions.");
  });

  it("refuses overlapping pools that each pass alone but cannot both be drawn", () => {
    const shared = ids("s", 3);
    const shortages = checkPoolSupply({ pools: [{ count: 2, matches: shared }, { count: 2, matches: shared }], fixed: [] });
    expect(shortages).toEqual([{ pool: 0, count: 4, available: 3, together: [0, 1] }]);
    expect(describeShortage(shortages[0])).toMatch(/Pools #1, #2 must draw 4 different questions together, but only 3/);
  });
});

const poolsArb = fc.record({
  universe: fc.integer({ min: 1, max: 12 }),
  pools: fc.array(fc.record({ count: fc.integer({ min: 1, max: 4 }), picks: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 8 }) }), { minLength: 1, maxLength: 5 }),
  fixed: fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
  seed: fc.string(),
});

describe("drawPools", () => {
  it("draws exactly when the supply check passes: distinct questions, each from its pool, none fixed", () => {
    fc.assert(
      fc.property(poolsArb, ({ universe, pools: raw, fixed: rawFixed, seed }) => {
        const pools: PoolSupply[] = raw.map((p) => ({ count: p.count, matches: [...new Set(p.picks.map((x) => `q${x % universe}`))] }));
        const fixed = rawFixed.map((x) => `q${x % universe}`);
        const ok = checkPoolSupply({ pools, fixed }).length === 0;
        const draw = drawPools({ pools, fixed, seed });
        expect(draw !== null).toBe(ok);
        if (!draw) return;
        const all = draw.flat();
        expect(new Set(all).size).toBe(all.length);
        draw.forEach((got, i) => {
          expect(got).toHaveLength(pools[i].count);
          for (const id of got) {
            expect(pools[i].matches).toContain(id);
            expect(fixed).not.toContain(id);
          }
        });
      }),
    );
  });

  it("is the same for the same seed and varies with the seed", () => {
    const pools = [{ count: 3, matches: ids("q", 20) }];
    expect(drawPools({ pools, fixed: [], seed: "a" })).toEqual(drawPools({ pools, fixed: [], seed: "a" }));
    const draws = new Set(["a", "b", "c", "d", "e"].map((seed) => JSON.stringify(drawPools({ pools, fixed: [], seed }))));
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe("matchesPool", () => {
  const q = (over: Partial<import("@/lib/quiz/pools").PoolCandidate> = {}) => ({ id: "q", type: "mcq", kind: "date", difficulty: 2, tags: ["summit", "2016"], reading: "abe", readings: ["abe"], ...over });

  it("an empty rule matches everything; each list narrows, tags by any one of them", async () => {
    const { matchesPool } = await import("@/lib/quiz/pools");
    expect(matchesPool(q(), {})).toBe(true);
    expect(matchesPool(q(), { kinds: [], types: [] })).toBe(true);
    expect(matchesPool(q(), { kinds: ["date", "person"], types: ["mcq"], difficulties: [2], tags: ["treaty", "summit"] })).toBe(true);
    expect(matchesPool(q(), { kinds: ["person"] })).toBe(false);
    expect(matchesPool(q(), { difficulties: [1, 3] })).toBe(false);
    expect(matchesPool(q(), { tags: ["treaty"] })).toBe(false);
  });

  it("a reading filter matches the question's own reading, so synthesis questions stay out of it (as the draw at start)", async () => {
    const { matchesPool, withinReadings } = await import("@/lib/quiz/pools");
    const synthesis = q({ reading: null, readings: ["abe", "putin"] });
    expect(matchesPool(q(), { readings: ["abe"] })).toBe(true);
    expect(matchesPool(synthesis, { readings: ["abe", "putin"] })).toBe(false);
    expect(matchesPool(synthesis, {})).toBe(true);
    // a quiz's questions: those whose every cited reading is one of the quiz's
    expect(withinReadings([q(), synthesis], ["abe"]).map((x) => x.readings)).toEqual([["abe"]]);
    expect(withinReadings([q(), synthesis], ["abe", "putin"])).toHaveLength(2);
  });
});
