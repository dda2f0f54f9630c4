// Reviews per study day and Anki's true retention, for one student (their stats page) or a whole class (the
// instructor's dashboard): one definition, summed in SQL so a class's 300,000 logs come back as a few hundred rows.
// True retention (Anki): of the first review of a card on a day, for cards in review state, the share not rated
// Again.
import type pg from "pg";

export type ReviewDay = { day: string; reviews: number; firstReviews: number; passed: number };
export type WeekRetention = { week: string; retention: number; reviews: number };

/**
 * `studentFilter` is a condition on "ReviewLog" (e.g. `"studentId" = $1`) using placeholders from $4 on; $1..$3 are
 * the time zone, the day-start hour and the earliest review.
 */
function reviewDaysSql(studentFilter: string) {
  return `
    SELECT day::text, sum(reviews)::int AS reviews,
           count(*) FILTER (WHERE first_state = 2)::int AS "firstReviews",
           count(*) FILTER (WHERE first_state = 2 AND first_rating > 1)::int AS passed
    FROM (
      SELECT day, count(*) AS reviews,
             (array_agg("stateBefore" ORDER BY "reviewedAt"))[1] AS first_state,
             (array_agg(rating ORDER BY "reviewedAt"))[1] AS first_rating
      FROM (SELECT "cardId", "stateBefore", rating, "reviewedAt",
                   ((("reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE $1) - make_interval(hours => $2))::date AS day
            FROM "ReviewLog" WHERE "reviewedAt" >= $3::timestamp AND ${studentFilter}) l
      GROUP BY day, "cardId"
    ) per_card
    GROUP BY day ORDER BY day`;
}

export async function loadReviewDays(
  pool: pg.Pool,
  { timeZone, dayStartHour, from, studentFilter, params }: { timeZone: string; dayStartHour: number; from: Date; studentFilter: string; params: unknown[] },
): Promise<ReviewDay[]> {
  const { rows } = await pool.query<ReviewDay>(reviewDaysSql(studentFilter), [timeZone, dayStartHour, from.toISOString(), ...params]);
  return rows;
}

/** The Monday of the week of a "YYYY-MM-DD" date. */
export function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function retentionByWeek(days: ReviewDay[]): WeekRetention[] {
  const weeks = new Map<string, { pass: number; total: number }>();
  for (const d of days) {
    if (!d.firstReviews) continue;
    const w = weeks.get(weekOf(d.day)) ?? { pass: 0, total: 0 };
    w.total += d.firstReviews;
    w.pass += d.passed;
    weeks.set(weekOf(d.day), w);
  }
  return [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, w]) => ({ week, retention: w.pass / w.total, reviews: w.total }));
}
