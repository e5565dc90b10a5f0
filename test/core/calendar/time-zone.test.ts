import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { atLocalTime, localDate, localMinuteOfDay } from "../../../src/core/calendar/time-zone.ts";

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe("localDate", () => {
  it.each([
    ["2026-12-31T16:59:59.999Z", "2026-12-31"], // 23:59:59.999 in Hà Nội
    ["2026-12-31T17:00:00.000Z", "2027-01-01"], // midnight in Hà Nội, still 31/12 in UTC
    ["2026-02-16T23:30:00.000Z", "2026-02-17"], // 06:30 on mùng 1 Tết
  ])("%s is %s in Vietnam", (instant, expected) => {
    expect(localDate(new Date(instant))).toBe(expected);
  });

  it("takes another IANA zone when asked", () => {
    expect(localDate(new Date("2026-12-31T17:00:00Z"), "Europe/Paris")).toBe("2026-12-31");
  });
});

describe("atLocalTime", () => {
  it("08:00 on 31/12/2026 in Vietnam is 01:00 UTC", () => {
    expect(atLocalTime("2026-12-31", 480).toISOString()).toBe("2026-12-31T01:00:00.000Z");
  });

  it("00:30 local is still the previous day in UTC", () => {
    expect(atLocalTime("2027-01-01", 30).toISOString()).toBe("2026-12-31T17:30:00.000Z");
  });

  it("follows daylight saving in zones that have it", () => {
    expect(atLocalTime("2026-07-01", 480, "Europe/Paris").toISOString()).toBe("2026-07-01T06:00:00.000Z");
    expect(atLocalTime("2026-01-15", 480, "Europe/Paris").toISOString()).toBe("2026-01-15T07:00:00.000Z");
  });

  it("inverts localDate and localMinuteOfDay", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (instant) => {
        expect(atLocalTime(localDate(instant), localMinuteOfDay(instant)).getTime()).toBe(instant.getTime());
      }),
    );
  });
});

describe("the server's own time zone", () => {
  it.each(["America/Los_Angeles", "Pacific/Kiritimati", "UTC", "Asia/Ho_Chi_Minh"])(
    "gives the same answers near midnight UTC when TZ=%s",
    (tz) => {
      process.env.TZ = tz;
      expect(new Date("2026-12-31T23:30:00Z").getTimezoneOffset()).toBe(
        tz === "America/Los_Angeles" ? 480 : tz === "Pacific/Kiritimati" ? -840 : tz === "UTC" ? 0 : -420,
      );
      expect(localDate(new Date("2026-12-31T16:59:00Z"))).toBe("2026-12-31");
      expect(localDate(new Date("2026-12-31T17:01:00Z"))).toBe("2027-01-01");
      expect(localDate(new Date("2027-01-01T00:00:00Z"))).toBe("2027-01-01");
      expect(atLocalTime("2027-01-01", 450).toISOString()).toBe("2027-01-01T00:30:00.000Z");
      expect(localMinuteOfDay(new Date("2026-12-31T23:59:00Z"))).toBe(6 * 60 + 59);
    },
  );
});
