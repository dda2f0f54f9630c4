// Demo study data: the demo class has two assigned readings (one due in six days) and its students a fortnight of
// review history through the app's own rating path, so Today, the session, the statistics and the instructor's
// dashboard have something to show. The three students differ so that the dashboard tells them apart: one keeps up,
// one stopped a week and a half ago (inactive, behind for the due date), one is halfway through the reading (behind).
// Running it again changes nothing (students who already have reviews are left alone).
import pg from "pg";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { rateCard } from "./rate-card";
import { syncCards } from "./sync-cards";
import type { Rating } from "./types";

const DAY = 86_400_000;
const READINGS = [
  { slug: "abe-all-in-2016", dueInDays: 6 },
  { slug: "abe-courts-putin-2016", dueInDays: null },
];

/** Per demo student, in enrollment order: new cards introduced (over the first four days), last day studied (days ago). */
const PROFILES = [
  { newCards: 64, lastDay: 1 },
  { newCards: 16, lastDay: 10 },
  { newCards: 32, lastDay: 2 },
];

/** A fixed pseudo-random rating per card and review: mostly Good, some Again, Hard and Easy. */
function demoRating(cardId: string, n: number, skill: number): Rating {
  let h = 0;
  for (const ch of cardId) h = (h * 33 + ch.charCodeAt(0)) % 1_000_003;
  // Mixed after the id, so that later reviews of a card (in review state) fail too, not only its first ones.
  h = (h * 7919 + (n + 1) * 104_729 + skill * 13) % 1_000_003;
  const x = (h % 100) / 100;
  return x < 0.12 + 0.08 * (2 - skill) ? 1 : x < 0.22 ? 2 : x < 0.9 ? 3 : 4;
}

export async function seedDemoStudy({ db, classId, now }: { db: Db; classId: string; now: Date }) {
  for (const r of READINGS) {
    const reading = await db.reading.findUnique({ where: { slug: r.slug }, select: { id: true } });
    if (!reading) continue;
    const dueAt = r.dueInDays === null ? null : new Date(now.getTime() + r.dueInDays * DAY);
    await db.assignment.upsert({ where: { classId_readingId: { classId, readingId: reading.id } }, create: { classId, readingId: reading.id, dueAt }, update: {} });
  }
  await syncCards({ db, classId, now });
  const students = await db.enrollment.findMany({ where: { classId, student: { cards: { none: { reps: { gt: 0 } } } } }, select: { student: { select: { id: true, sessionVersion: true } } }, orderBy: { createdAt: "asc" } });
  const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
  try {
    for (const [skill, { student }] of students.entries()) {
      const profile = PROFILES[skill % PROFILES.length];
      const cards = await db.card.findMany({ where: { studentId: student.id, question: { reading: { slug: READINGS[0].slug } } }, select: { id: true }, orderBy: { questionId: "asc" }, take: profile.newCards });
      const versions = new Map(cards.map((c) => [c.id, 0]));
      const due = new Map(cards.map((c) => [c.id, 0]));
      // A fortnight: each day, the cards due by then, rated, and rated again when due again that day.
      for (let day = 14; day >= profile.lastDay; day--) {
        const introduced = Math.min(14 - day + 1, 4) * (profile.newCards / 4); // new cards in the first four days only
        for (let pass = 0; pass < 3; pass++) {
          const at = now.getTime() - day * DAY + pass * 15 * 60_000;
          for (const [i, c] of cards.entries()) {
            if (i >= introduced || due.get(c.id)! > at) continue;
            const version = versions.get(c.id)!;
            const result = await rateCard({ pool, studentId: student.id, sessionVersion: student.sessionVersion, cardId: c.id, rating: demoRating(c.id, version, 2 - (skill % 3)), expectedVersion: version, idempotencyKey: `demo:${c.id}:${version}`, durationMs: 3000 + (version % 5) * 900, now: new Date(at) });
            versions.set(c.id, result.version);
            due.set(c.id, Date.parse(result.nextDue));
          }
        }
      }
    }
  } finally {
    await pool.end();
  }
}
