import { describe, expect, it } from "vitest";
import { timeSeriesSplit, toFitItems } from "@/lib/srs/optimize/fit-items";

const at = (day: number, hour = 12) => new Date(Date.UTC(2026, 10, day, hour));

describe("optimiser items", () => {
  it("one item per review with its history, days counted from 4 a.m.; none without a later-day review", () => {
    const items = toFitItems([
      { cardId: "a", reviewedAt: at(1), rating: 3 },
      { cardId: "a", reviewedAt: at(1, 13), rating: 3 }, // same day: not an item (evaluate() needs a last deltaT > 0)
      { cardId: "a", reviewedAt: at(4), rating: 1 },
      { cardId: "a", reviewedAt: at(5, 3), rating: 3 }, // 03:00 belongs to the 4th's study day: deltaT 0
      { cardId: "b", reviewedAt: at(2), rating: 3 }, // a lone review: never an item
    ]);
    expect(items.map((i) => i.reviews)).toEqual([[[3, 0], [3, 0], [1, 3]]]);
  });

  it("holds back the latest fifth, in time order", () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ reviews: [[3, 0], [3, i + 1]] as [number, number][], at: 1000 - i }));
    const { train, test } = timeSeriesSplit([...items].sort((a, b) => a.at - b.at));
    expect(train).toHaveLength(8);
    expect(test.map((r) => r[1][1])).toEqual([2, 1]);
  });
});
