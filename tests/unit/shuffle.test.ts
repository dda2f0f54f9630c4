import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededPermutation, seededShuffle } from "@/lib/shuffle";

describe("seededShuffle", () => {
  it("is a permutation, and the same seed gives the same order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 12 }), fc.string(), (items, seed) => {
        const a = seededShuffle(items, seed);
        expect(a).toEqual(seededShuffle(items, seed));
        expect([...a].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });

  it("puts the first option first in about a quarter of 4-option shuffles, not always", () => {
    let first = 0;
    for (let i = 0; i < 2000; i++) if (seededPermutation(4, `card-${i}`)[0] === 0) first++;
    expect(first / 2000).toBeGreaterThan(0.2);
    expect(first / 2000).toBeLessThan(0.3);
  });

  it("does not change its input", () => {
    const items = ["a", "b", "c", "d"];
    seededShuffle(items, "x");
    expect(items).toEqual(["a", "b", "c", "d"]);
  });
});
