// Review logs → the optimiser's items (pure). One item per review with its history: ratings and whole days since the
// previous review (the day rolls over at 4 a.m. UTC). Items whose history has no later-day review are dropped (they
// abort the binding), and so are those whose last review is on the same day (evaluate() refuses them). The split is
// in time: the items of the latest fifth of reviews are held back to compare old and new parameters.
export type FitLog = { cardId: string; reviewedAt: Date; rating: number };
export type FitItem = { reviews: [number, number][]; at: number };

const DAY = 86_400_000;
const dayOf = (ms: number) => Math.floor((ms - 4 * 3_600_000) / DAY);

export function toFitItems(logs: FitLog[]): FitItem[] {
  const byCard = new Map<string, FitLog[]>();
  for (const l of logs) byCard.set(l.cardId, [...(byCard.get(l.cardId) ?? []), l]);
  const items: FitItem[] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const reviews = list.map((r, i): [number, number] => [r.rating, i === 0 ? 0 : dayOf(r.reviewedAt.getTime()) - dayOf(list[i - 1].reviewedAt.getTime())]);
    for (let i = 2; i <= reviews.length; i++) {
      const history = reviews.slice(0, i);
      if (history[i - 1][1] > 0 && history.slice(1).some(([, d]) => d > 0)) items.push({ reviews: history, at: list[i - 1].reviewedAt.getTime() });
    }
  }
  return items.sort((a, b) => a.at - b.at);
}

export function timeSeriesSplit(items: FitItem[], heldBack = 0.2) {
  const cut = Math.floor(items.length * (1 - heldBack));
  return { train: items.slice(0, cut).map((i) => i.reviews), test: items.slice(cut).map((i) => i.reviews) };
}
