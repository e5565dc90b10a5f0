import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromDayNumber, isoDate, toDayNumber, weekdayOf } from "../../../src/core/calendar/iso-date.ts";

describe("ISO dates ↔ day numbers", () => {
  it("agrees with Date for every day from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84006 }), (n) => {
        const viaDate = new Date(n * 86_400_000);
        const iso = viaDate.toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(weekdayOf(n)).toBe(viaDate.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it.each(["2026-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "26-02-17", "2026/02/17", "2026-02-17T00:00", ""])(
    "refuses %j",
    (s) => {
      expect(() => toDayNumber(s)).toThrow(RangeError);
    },
  );

  it("accepts 29 February in leap years only", () => {
    expect(fromDayNumber(toDayNumber("2028-02-29"))).toBe("2028-02-29");
    expect(() => toDayNumber("2100-02-29")).toThrow(RangeError);
    expect(isoDate(2026, 2, 29)).toBe("2026-03-01");
  });
});
