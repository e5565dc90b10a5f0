import { describe, expect, it } from "vitest";
import {
  DEFAULT_OFFICE_HOURS,
  createCalendar,
  isWithinOfficeHours,
  nextWorkingMoment,
} from "../../../src/core/calendar/calendar.ts";
import { table2031 } from "./fixtures.ts";

const cal = createCalendar([table2031]);
const vn = (local: string) => new Date(`${local}+07:00`);
const iso = (d: Date) => d.toISOString();

describe("nextWorkingMoment with the default 07:30–11:30, 13:30–17:00", () => {
  it.each([
    ["2031-01-02T09:15:00", "2031-01-02T09:15:00", "inside the morning window: now"],
    ["2031-01-02T07:30:00", "2031-01-02T07:30:00", "the opening minute counts"],
    ["2031-01-02T06:00:00", "2031-01-02T07:30:00", "before opening: 07:30"],
    ["2031-01-02T11:30:00", "2031-01-02T13:30:00", "lunch break: 13:30"],
    ["2031-01-02T16:59:59", "2031-01-02T16:59:59", "the last second before closing"],
    ["2031-01-02T17:00:00", "2031-01-06T07:30:00", "closing time on Thursday, Friday a holiday, weekend: Monday"],
    ["2031-01-10T18:00:00", "2031-01-11T07:30:00", "Friday evening before a swapped working Saturday"],
    ["2031-01-01T10:00:00", "2031-01-02T07:30:00", "during a holiday: the next working morning"],
  ])("%s → %s (%s)", (at, expected) => {
    expect(iso(nextWorkingMoment(cal, vn(at), DEFAULT_OFFICE_HOURS))).toBe(iso(vn(expected)));
  });

  it("never goes back in time, whatever the instant", () => {
    for (let h = 0; h < 24 * 14; h += 1) {
      const at = new Date(Date.UTC(2030, 11, 28) + h * 3_600_000 + 17 * 60_000);
      const next = nextWorkingMoment(cal, at, DEFAULT_OFFICE_HOURS);
      expect(next.getTime()).toBeGreaterThanOrEqual(at.getTime());
      expect(isWithinOfficeHours(cal, next, DEFAULT_OFFICE_HOURS)).toBe(true);
    }
  });
});

describe("isWithinOfficeHours", () => {
  it.each([
    ["2031-01-02T07:29:59", false],
    ["2031-01-02T07:30:00", true],
    ["2031-01-02T11:30:00", false],
    ["2031-01-02T13:30:00", true],
    ["2031-01-02T17:00:00", false],
    ["2031-01-03T09:00:00", false], // swapped-off Friday
    ["2031-01-11T09:00:00", true], // swapped working Saturday
  ])("%s: %s", (at, expected) => {
    expect(isWithinOfficeHours(cal, vn(at), DEFAULT_OFFICE_HOURS)).toBe(expected);
  });

  it("takes other office hours, given in any order", () => {
    const hours = { ranges: [[780, 1020], [420, 690]] as Array<[number, number]> };
    expect(isWithinOfficeHours(cal, vn("2031-01-02T07:00:00"), hours)).toBe(true);
    expect(iso(nextWorkingMoment(cal, vn("2031-01-02T12:00:00"), hours))).toBe(iso(vn("2031-01-02T13:00:00")));
    expect(() => nextWorkingMoment(cal, vn("2031-01-02T12:00:00"), { ranges: [] })).toThrow(RangeError);
  });
});
