import { describe, expect, it } from "vitest";
import { cardKey, unseenCards } from "@/app/(student)/student/study/_components/study-api";
import type { CardFront } from "@/lib/srs/types";

const card = (cardId: string, version: number): CardFront => ({
  cardId,
  version,
  reading: null,
  readings: [],
  view: { type: "short", prompt: `Prompt ${cardId}` },
  isNew: version === 0,
  state: version === 0 ? "new" : "learning",
});

describe("unseenCards (a refill never shows the same review twice)", () => {
  it("drops cards the session holds at that version and keeps a card due again at a newer one", () => {
    const seen = new Set([cardKey(card("a", 0)), cardKey(card("b", 3))]);
    const batch = [card("a", 0), card("b", 4), card("c", 0)];
    expect(unseenCards(batch, seen).map(cardKey)).toEqual(["b:4", "c:0"]);
  });
});
