import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDayAndTime, isoToWallTime, wallTimeToIso, zoneLabel } from "@/lib/zoned-time";

describe("wallTimeToIso", () => {
  it("gives the zone's offset on that date, DST included", () => {
    expect(wallTimeToIso({ date: "2026-12-03", time: "23:59" }, "America/New_York")).toBe("2026-12-03T23:59:00-05:00");
    expect(wallTimeToIso({ date: "2026-07-03", time: "09:00" }, "America/New_York")).toBe("2026-07-03T09:00:00-04:00");
    expect(wallTimeToIso({ date: "2026-12-03", time: "09:10" }, "Asia/Kolkata")).toBe("2026-12-03T09:10:00+05:30");
    expect(wallTimeToIso({ date: "2026-12-03", time: "00:00" }, "UTC")).toBe("2026-12-03T00:00:00+00:00");
  });

  it("moves a time skipped by the spring change forward", () => {
    // 02:30 does not exist in New York on 8 March 2026.
    expect(new Date(wallTimeToIso({ date: "2026-03-08", time: "02:30" }, "America/New_York")).toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });

  it("round-trips with isoToWallTime for every wall time that exists", () => {
    const zones = ["UTC", "America/New_York", "Europe/Paris", "Asia/Tokyo", "Australia/Adelaide"];
    fc.assert(
      fc.property(fc.date({ min: new Date("2020-01-01"), max: new Date("2035-01-01"), noInvalidDate: true }), fc.constantFrom(...zones), (at, zone) => {
        const wall = isoToWallTime(at.toISOString(), zone);
        const iso = wallTimeToIso(wall, zone);
        expect(isoToWallTime(iso, zone)).toEqual(wall);
      }),
    );
  });
});

describe("formatDayAndTime", () => {
  const now = new Date("2026-11-29T20:00:00Z");
  it("says today or tomorrow in the viewer's zone", () => {
    expect(formatDayAndTime("2026-11-30T09:10:00Z", now, "UTC")).toBe("tomorrow at 9:10");
    // 20:00 UTC is already 30 November in Tokyo, so 09:10 Tokyo on the 30th is 00:10 UTC… today there.
    expect(formatDayAndTime("2026-11-30T00:10:00Z", now, "Asia/Tokyo")).toBe("today at 9:10");
    expect(formatDayAndTime("2026-12-03T14:05:00Z", now, "UTC")).toBe("Thu 3 Dec at 14:05");
    expect(formatDayAndTime("2027-01-05T08:00:00Z", now, "UTC")).toBe("Tue 5 Jan 2027 at 8:00");
  });

  it("labels the zone with its current offset", () => {
    expect(zoneLabel("America/New_York", now)).toBe("America/New York (UTC-05:00)");
  });
});
