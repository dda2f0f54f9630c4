// An attempt's items with the content they were frozen with, and each question's reading title: read once, shared by
// the taking view and the review (which decide, each for itself, what of it a student may see).
import "server-only";
import type { DbTx } from "@/lib/db";
import type { NormalizedQuestion } from "@/lib/questions/schema";

export type LoadedItem = {
  position: number; points: number; optionOrder: unknown; response: unknown; responseSeq: number; flagged: boolean;
  fraction: number | null; overrideMark: number | null; content: NormalizedQuestion; readingTitle: string;
};

/** The reading a question belongs to, or for a synthesis question the readings it cites. */
function titleFor(content: NormalizedQuestion, titles: Map<string, string>): string {
  const slugs = content.reading ? [content.reading] : [...new Set(content.sources.map((s) => s.reading))];
  return slugs.map((slug) => titles.get(slug) ?? slug).join(" · ");
}

export async function loadAttemptItems(db: DbTx, attemptId: string): Promise<LoadedItem[]> {
  const items = await db.attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
  const versions = await db.questionVersion.findMany({ where: { id: { in: items.map((i) => i.questionVersionId) } }, select: { id: true, content: true } });
  const contents = new Map(versions.map((v) => [v.id, v.content as unknown as NormalizedQuestion]));
  const slugs = new Set<string>();
  for (const c of contents.values()) {
    if (c.reading) slugs.add(c.reading);
    for (const s of c.sources ?? []) slugs.add(s.reading);
  }
  const readings = await db.reading.findMany({ where: { slug: { in: [...slugs] } }, select: { slug: true, title: true } });
  const titles = new Map(readings.map((r) => [r.slug, r.title]));
  return items.map((item) => {
    const content = contents.get(item.questionVersionId)!;
    return {
      position: item.position, points: item.points, optionOrder: item.optionOrder, response: item.response,
      responseSeq: item.responseSeq, flagged: item.flagged, fraction: item.fraction, overrideMark: item.overrideMark,
      content, readingTitle: titleFor(content, titles),
    };
  });
}
