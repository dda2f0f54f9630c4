import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drawItems, freezeItems, type Candidate, type SlotRow } from "@/lib/quiz/draw-items";
import { freezeOptionOrder, toAttemptItemView } from "@/lib/quiz/item-view";
import { normalizeQuestion, type NormalizedQuestion } from "@/lib/questions/schema";
import { questionArb } from "../questions/arbitraries";

const normalized = questionArb.map((q) => normalizeQuestion({ question: q, reading: "r" }));
const seedArb = fc.string({ minLength: 1, maxLength: 12 });

describe("frozen option order", () => {
  it("property: the same seed gives the same view, the view holds the question's own options, and never the answer order", () => {
    fc.assert(
      fc.property(normalized, seedArb, fc.boolean(), (content, seed, shuffleOptions) => {
        const order = freezeOptionOrder({ content, seed, shuffleOptions });
        expect(freezeOptionOrder({ content, seed, shuffleOptions })).toEqual(order);
        const stored = JSON.parse(JSON.stringify(order)); // as it comes back from the jsonb column
        const view = toAttemptItemView({ content, optionOrder: stored });
        expect(JSON.stringify(view)).not.toContain('"answer"');
        if (content.type === "mcq" && view.type === "mcq") {
          expect([...view.options].sort()).toEqual([...content.options].sort());
          if (!shuffleOptions) expect(view.options).toEqual(content.options);
        }
        if (content.type === "ordering" && view.type === "ordering" && content.items.length > 1) {
          expect(view.items).not.toEqual(content.items.map((i) => i.text));
        }
      }),
    );
  });
});

describe("drawn items", () => {
  const candidates: Candidate[] = Array.from({ length: 12 }, (_, i) => ({
    questionId: `q-${String(i).padStart(3, "0")}`, versionId: `v${i}`, type: i % 2 ? "mcq" : "short", readingId: "r1", kind: "event", difficulty: (i % 3) + 1, tags: i < 6 ? ["a"] : ["b"],
  }));
  const slots: SlotRow[] = [
    { id: "s1", position: 1, questionId: "q-000", versionId: "v0", poolFilter: null, count: 1, points: 2 },
    { id: "s2", position: 2, questionId: null, versionId: null, poolFilter: { types: ["mcq"] }, count: 3, points: 1 },
    { id: "s3", position: 3, questionId: null, versionId: null, poolFilter: { tags: ["a"] }, count: 10, points: 1 },
  ];

  it("property: seeded — the same seed draws and orders the same; no question twice; pools respect their filters", () => {
    fc.assert(
      fc.property(seedArb, fc.boolean(), (seed, shuffleQuestions) => {
        const items = drawItems({ slots, candidates, seed, shuffleQuestions });
        expect(drawItems({ slots, candidates, seed, shuffleQuestions })).toEqual(items);
        expect(new Set(items.map((i) => i.questionId)).size).toBe(items.length);
        expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
        const byQuestion = new Map(candidates.map((c) => [c.questionId, c]));
        for (const item of items.filter((i) => i.slotId === "s2")) expect(byQuestion.get(item.questionId)!.type).toBe("mcq");
        for (const item of items.filter((i) => i.slotId === "s3")) expect(byQuestion.get(item.questionId)!.tags).toContain("a");
        expect(items.filter((i) => i.slotId === "s2")).toHaveLength(3);
        if (!shuffleQuestions) expect(items[0]).toMatchObject({ questionId: "q-000", points: 2 });
      }),
    );
  });

  it("freezes an option order for every item it has content for", () => {
    const content = normalizeQuestion({ question: { id: "q-000", type: "mcq", kind: "event", difficulty: 1, tags: [], prompt: "p", explanation: "e", quote: "q", options: ["A", "B", "C", "D"], answer: "A" }, reading: "r" }) as NormalizedQuestion;
    const items = drawItems({ slots: slots.slice(0, 1), candidates, seed: "s", shuffleQuestions: false });
    const frozen = freezeItems({ items, contents: new Map([["v0", content]]), seed: "s", shuffleOptions: true });
    expect((frozen[0].optionOrder as number[]).slice().sort()).toEqual([0, 1, 2, 3]);
  });

  it("property: overlapping pools are filled whenever a full draw exists, where pool-by-pool picking would starve one", () => {
    // Pool 1 may take q-a or q-b; pool 2 only q-a. Drawing pool 1 first, greedily, takes q-a half the time.
    const two: Candidate[] = [
      { questionId: "q-a", versionId: "va", type: "mcq", readingId: "r1", kind: "event", difficulty: 1, tags: [] },
      { questionId: "q-b", versionId: "vb", type: "mcq", readingId: "r1", kind: "policy", difficulty: 1, tags: [] },
    ];
    const pools: SlotRow[] = [
      { id: "p1", position: 1, questionId: null, versionId: null, poolFilter: { kinds: ["event", "policy"] }, count: 1, points: 1 },
      { id: "p2", position: 2, questionId: null, versionId: null, poolFilter: { kinds: ["event"] }, count: 1, points: 1 },
    ];
    fc.assert(
      fc.property(seedArb, (seed) => {
        const items = drawItems({ slots: pools, candidates: two, seed, shuffleQuestions: false });
        expect(items.map((i) => [i.slotId, i.questionId])).toEqual([["p1", "q-b"], ["p2", "q-a"]]);
      }),
    );
  });
});
