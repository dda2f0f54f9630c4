import { describe, expect, it } from "vitest";
import { orderQueue, type QueueCandidate } from "@/lib/srs/queue-order";
import { studyDate, studyDay } from "@/lib/srs/study-day";

const c = (cardId: string, state: number, due: string, extra: Partial<QueueCandidate> = {}): QueueCandidate => ({
  cardId, state, due: new Date(due), classId: "k", readingDueAt: null, position: cardId, ...extra,
});

describe("study day", () => {
  it("starts at 4 a.m. in the student's zone: 3:59 belongs to the day before", () => {
    // Tokyo is UTC+9: 2026-11-29 03:59 local = 2026-11-28T18:59Z
    expect(studyDate(new Date("2026-11-28T18:59:00Z"), "Asia/Tokyo", 4)).toBe("2026-11-28");
    expect(studyDate(new Date("2026-11-28T19:00:00Z"), "Asia/Tokyo", 4)).toBe("2026-11-29");
    expect(studyDay(new Date("2026-11-28T19:00:00Z"), "Asia/Tokyo", 4)).toEqual({ start: new Date("2026-11-28T19:00:00Z"), end: new Date("2026-11-29T19:00:00Z") });
  });

  it("is 23 hours long on the day clocks go forward", () => {
    const { start, end } = studyDay(new Date("2026-03-29T12:00:00Z"), "Europe/Paris", 4);
    expect(start.toISOString()).toBe("2026-03-29T02:00:00.000Z"); // 04:00 CEST
    expect(end.toISOString()).toBe("2026-03-30T02:00:00.000Z");
    const winter = studyDay(new Date("2026-03-29T01:00:00Z"), "Europe/Paris", 4); // 02:00 CET, before the start
    expect(winter.start.toISOString()).toBe("2026-03-28T03:00:00.000Z");
    expect(winter.end.getTime() - winter.start.getTime()).toBe(23 * 3_600_000);
  });
});

describe("queue order", () => {
  const now = new Date("2026-11-29T12:00:00Z");
  const { end: dayEnd } = studyDay(now, "America/New_York", 4); // 2026-11-30 04:00 EST = 09:00Z

  it("learning due now, then reviews due before the day ends, then new cards up to the limit", () => {
    const cards = [
      c("new1", 0, "2026-11-01T00:00:00Z"),
      c("rev-tonight", 2, "2026-11-30T08:59:00Z"),
      c("rev-tomorrow", 2, "2026-11-30T09:00:00Z"),
      c("learn-later", 1, "2026-11-29T12:05:00Z"),
      c("learn-now", 1, "2026-11-29T11:59:00Z"),
      c("relearn", 3, "2026-11-29T11:00:00Z"),
      c("rev-old", 2, "2026-11-20T00:00:00Z"),
      c("new2", 0, "2026-11-01T00:00:00Z"),
    ];
    const q = orderQueue({ candidates: cards, now, dayEnd, newLeftByClass: new Map([["k", 1]]) });
    expect(q.cards.map((x) => x.cardId)).toEqual(["relearn", "learn-now", "rev-old", "rev-tonight", "new1"]);
    expect(q.remaining).toEqual({ learning: 2, review: 2, new: 1 });
  });

  it("the same instant is 'tomorrow' for a student whose day has not ended: time zones decide", () => {
    const due = "2026-11-30T05:00:00Z";
    const ny = orderQueue({ candidates: [c("r", 2, due)], now, dayEnd, newLeftByClass: new Map() });
    const tokyoEnd = studyDay(now, "Asia/Tokyo", 4).end; // 2026-11-30 04:00 JST = 2026-11-29T19:00Z
    const tokyo = orderQueue({ candidates: [c("r", 2, due)], now, dayEnd: tokyoEnd, newLeftByClass: new Map() });
    expect(ny.cards).toHaveLength(1);
    expect(tokyo.cards).toHaveLength(0);
  });

  it("new cards of readings with an upcoming due date come first, soonest first; each class has its own limit", () => {
    const soon = new Date("2026-12-01T00:00:00Z");
    const later = new Date("2026-12-20T00:00:00Z");
    const past = new Date("2026-11-01T00:00:00Z");
    const cards = [
      c("plain", 0, "2026-11-01T00:00:00Z", { position: "a" }),
      c("past-due", 0, "2026-11-01T00:00:00Z", { readingDueAt: past, position: "b" }),
      c("later", 0, "2026-11-01T00:00:00Z", { readingDueAt: later, position: "c" }),
      c("soon", 0, "2026-11-01T00:00:00Z", { readingDueAt: soon, position: "d" }),
      c("other-class", 0, "2026-11-01T00:00:00Z", { classId: "k2", position: "e" }),
    ];
    const q = orderQueue({ candidates: cards, now, dayEnd, newLeftByClass: new Map([["k", 3], ["k2", 0]]) });
    // a due date already past no longer puts a reading first
    expect(q.cards.map((x) => x.cardId)).toEqual(["soon", "later", "plain"]);
  });
});
