import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addWorkingDays,
  createCalendar,
  nextWorkingDay,
  previousWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from "../../../src/core/calendar/calendar.ts";
import type { Calendar } from "../../../src/core/calendar/calendar.ts";
import { fromDayNumber, toDayNumber } from "../../../src/core/calendar/iso-date.ts";
import { table2031 } from "./fixtures.ts";

const cal = createCalendar([table2031]);

describe("stepping over days off", () => {
  it("nextWorkingDay is strictly after: from a Tuesday to Thursday over the 1/1 holiday", () => {
    expect(nextWorkingDay(cal, "2030-12-31")).toBe("2031-01-02");
    expect(nextWorkingDay(cal, "2031-01-02")).toBe("2031-01-06");
  });

  it("previousWorkingDay is strictly before", () => {
    expect(previousWorkingDay(cal, "2031-01-06")).toBe("2031-01-02");
  });

  it("a Saturday deadline after a Friday holiday moves back to Thursday", () => {
    expect(workingDayOnOrBefore(cal, "2031-01-04")).toBe("2031-01-02");
    expect(workingDayOnOrBefore(cal, "2031-01-02")).toBe("2031-01-02");
  });

  it("workingDayOnOrAfter keeps a working day and moves a day off forward", () => {
    expect(workingDayOnOrAfter(cal, "2031-01-11")).toBe("2031-01-11");
    expect(workingDayOnOrAfter(cal, "2031-01-03")).toBe("2031-01-06");
  });

  it("counts the swapped Saturday as a working day", () => {
    expect(addWorkingDays(cal, "2031-01-10", 1)).toBe("2031-01-11");
    expect(workingDaysBetween(cal, "2031-01-09", "2031-01-13")).toBe(3);
  });

  it("addWorkingDays(d, 0) is d, and fractions are refused", () => {
    expect(addWorkingDays(cal, "2031-01-04", 0)).toBe("2031-01-04");
    expect(() => addWorkingDays(cal, "2031-01-04", 1.5)).toThrow(RangeError);
  });

  it("fails loudly on a table that leaves no working day, instead of looping", () => {
    const never: Calendar = { timeZone: "Asia/Ho_Chi_Minh", isWorkingDay: () => false, holidayName: () => null, warnings: () => [] };
    expect(() => nextWorkingDay(never, "2031-01-01")).toThrow(/No working day within 366 days after 2031-01-01/);
  });
});

describe("addWorkingDays and workingDaysBetween (properties)", () => {
  const dates = fc.integer({ min: toDayNumber("2028-06-01"), max: toDayNumber("2032-06-30") }).map(fromDayNumber);
  const steps = fc.integer({ min: -80, max: 80 }).filter((n) => n !== 0);

  it("lands on a working day, and workingDaysBetween gives back n", () => {
    fc.assert(
      fc.property(dates, steps, (d, n) => {
        const target = addWorkingDays(cal, d, n);
        expect(cal.isWorkingDay(target)).toBe(true);
        expect(target > d).toBe(n > 0);
        expect(workingDaysBetween(cal, d, target)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it("stepping forward then back returns to the same working day", () => {
    fc.assert(
      fc.property(dates, steps, (d, n) => {
        const w = workingDayOnOrAfter(cal, d);
        expect(addWorkingDays(cal, addWorkingDays(cal, w, n), -n)).toBe(w);
      }),
      { numRuns: 300 },
    );
  });
});
