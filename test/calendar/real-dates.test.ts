/** Issue 4, "must show": the working-day calendar on the government's real 2025–2026 decisions. */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_OFFICE_HOURS,
  addWorkingDays,
  createCalendar,
  nextWorkingDay,
  nextWorkingMoment,
  previousWorkingDay,
  workingDayOnOrBefore,
  workingDaysBetween,
} from "../../src/core/calendar/calendar.ts";
import type { Calendar, HolidayTable } from "../../src/core/calendar/calendar.ts";
import { addDays, fromDayNumber, isWeekend, toDayNumber } from "../../src/core/calendar/iso-date.ts";
import { loadHolidayTables } from "../../src/calendar/load.ts";
import { lunarToSolar, solarToLunar } from "../../src/core/calendar/lunar.ts";

let tables: HolidayTable[];
let cal: Calendar;
beforeAll(async () => {
  tables = await loadHolidayTables(fileURLToPath(new URL("../../data/holidays", import.meta.url)));
  cal = createCalendar(tables);
});

const daysFrom = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};
const vn = (local: string) => new Date(`${local}+07:00`);

describe("Tết Bính Ngọ 2026 (Thông báo 9441/TB-BNV): off Sat 14/2 to Sun 22/2", () => {
  it("no day of the nine-day break is a working day", () => {
    for (const d of daysFrom("2026-02-14", "2026-02-22")) expect([d, cal.isWorkingDay(d)]).toEqual([d, false]);
  });

  it("the last working day before is Fri 13/2 and the first after is Mon 23/2", () => {
    expect(cal.isWorkingDay("2026-02-13")).toBe(true);
    expect(previousWorkingDay(cal, "2026-02-17")).toBe("2026-02-13");
    expect(nextWorkingDay(cal, "2026-02-17")).toBe("2026-02-23");
    expect(cal.holidayName("2026-02-17")).toBe("Tết Nguyên đán (mùng 1 tháng Giêng)");
  });

  it("three working days after Thu 12/2 is Tue 24/2, and back again", () => {
    expect(addWorkingDays(cal, "2026-02-12", 3)).toBe("2026-02-24");
    expect(addWorkingDays(cal, "2026-02-24", -3)).toBe("2026-02-12");
    expect(workingDaysBetween(cal, "2026-02-12", "2026-02-24")).toBe(3);
    expect(workingDaysBetween(cal, "2026-02-01", "2026-02-28")).toBe(15);
  });
});

describe("Tết Ất Tỵ 2025 (8726/VPCP-KGVX): off Sat 25/1 to Sun 2/2", () => {
  it("the break is nine days and ten working days after 20/1 lands on 10/2", () => {
    for (const d of daysFrom("2025-01-25", "2025-02-02")) expect([d, cal.isWorkingDay(d)]).toEqual([d, false]);
    expect(addWorkingDays(cal, "2025-01-20", 10)).toBe("2025-02-10");
  });
});

describe("30/4 and 1/5", () => {
  it("2025: off Wed 30/4 to Sun 4/5, Fri 2/5 swapped for Sat 26/4 worked", () => {
    for (const d of daysFrom("2025-04-30", "2025-05-04")) expect([d, cal.isWorkingDay(d)]).toEqual([d, false]);
    expect(cal.isWorkingDay("2025-04-26")).toBe(true);
    expect(cal.isWorkingDay("2025-05-05")).toBe(true);
    expect(nextWorkingDay(cal, "2025-04-25")).toBe("2025-04-26");
    expect(nextWorkingDay(cal, "2025-04-29")).toBe("2025-05-05");
  });

  it("2026: Thu 30/4 and Fri 1/5 off, no swap; a Saturday 2/5 deadline is due Wed 29/4", () => {
    expect(cal.isWorkingDay("2026-04-30")).toBe(false);
    expect(cal.isWorkingDay("2026-05-01")).toBe(false);
    expect(cal.isWorkingDay("2026-04-29")).toBe(true);
    expect(workingDayOnOrBefore(cal, "2026-05-02")).toBe("2026-04-29");
  });
});

describe("Quốc khánh 2/9 and its adjacent day", () => {
  it("2025: Mon 1/9 and Tue 2/9 off; a deadline of 2/9 is due Fri 29/8", () => {
    expect(cal.isWorkingDay("2025-09-01")).toBe(false);
    expect(cal.isWorkingDay("2025-09-02")).toBe(false);
    expect(cal.isWorkingDay("2025-09-03")).toBe(true);
    expect(workingDayOnOrBefore(cal, "2025-09-02")).toBe("2025-08-29");
  });

  it("2026: off Sat 29/8 to Wed 2/9, Mon 31/8 swapped for Sat 22/8 worked", () => {
    for (const d of daysFrom("2026-08-29", "2026-09-02")) expect([d, cal.isWorkingDay(d)]).toEqual([d, false]);
    expect(cal.isWorkingDay("2026-08-22")).toBe(true);
    expect(cal.holidayName("2026-08-22")).toBeNull();
    expect(nextWorkingDay(cal, "2026-08-28")).toBe("2026-09-03");
  });
});

describe("Giỗ Tổ Hùng Vương (10/3 âm lịch)", () => {
  it("2025: Monday 7/4 off", () => {
    expect(cal.holidayName("2025-04-07")).toBe("Giỗ Tổ Hùng Vương");
    expect(cal.isWorkingDay("2025-04-07")).toBe(false);
    expect(nextWorkingDay(cal, "2025-04-04")).toBe("2025-04-08");
  });

  it("2026: falls on Sunday 26/4, so Monday 27/4 is the make-up day off", () => {
    expect(cal.holidayName("2026-04-26")).toBe("Giỗ Tổ Hùng Vương");
    expect(cal.holidayName("2026-04-27")).toBe("Nghỉ bù Giỗ Tổ Hùng Vương");
    expect(cal.isWorkingDay("2026-04-27")).toBe(false);
    expect(cal.isWorkingDay("2026-04-28")).toBe(true);
  });
});

describe("a deadline on a Saturday before a Friday holiday", () => {
  it("Sat 17/4/2027 after Giỗ Tổ on Fri 16/4: the last working day is Thu 15/4", () => {
    expect(cal.isWorkingDay("2027-04-16")).toBe(false);
    expect(workingDayOnOrBefore(cal, "2027-04-17")).toBe("2027-04-15");
  });

  it("Sat 2/1/2027 after 1/1 on a Friday: Thu 31/12/2026, across the year", () => {
    expect(workingDayOnOrBefore(cal, "2027-01-02")).toBe("2026-12-31");
  });

  it("Sat 3/1/2026 after the swapped Fri 2/1 and 1/1: Wed 31/12/2025", () => {
    expect(workingDayOnOrBefore(cal, "2026-01-03")).toBe("2025-12-31");
    expect(cal.isWorkingDay("2026-01-10")).toBe(true);
  });
});

describe("a year with no table (2030)", () => {
  it("falls back to the Labour Code holidays and warns the admin once", () => {
    const fresh = createCalendar(tables);
    expect(fresh.isWorkingDay("2030-02-04")).toBe(false); // mùng 3 Tết Canh Tuất
    expect(fresh.isWorkingDay("2030-04-12")).toBe(false); // Giỗ Tổ
    expect(fresh.isWorkingDay("2030-09-03")).toBe(false); // the day after 2/9 (a Monday)
    expect(fresh.isWorkingDay("2030-09-04")).toBe(true);
    expect(addWorkingDays(fresh, "2030-01-31", 1)).toBe("2030-02-08");
    expect(fresh.warnings().filter((w) => w.includes("2030"))).toEqual([
      "Năm 2030 chưa có lịch nghỉ lễ, Tết chính thức; hệ thống tạm tính ngày nghỉ theo Bộ luật Lao động. Đề nghị quản trị viên cập nhật lịch nghỉ năm 2030 khi có thông báo của Bộ Nội vụ.",
    ]);
  });

  it("official years raise no warning; the provisional 2027 does", () => {
    const fresh = createCalendar(tables);
    fresh.isWorkingDay("2025-06-02");
    fresh.isWorkingDay("2026-06-02");
    expect(fresh.warnings()).toEqual([]);
    fresh.isWorkingDay("2027-06-02");
    expect(fresh.warnings()).toHaveLength(1);
    expect(fresh.warnings()[0]).toContain("2027 đang là dự kiến");
  });
});

describe("nextWorkingMoment", () => {
  it("17:30 on Friday 24/4/2026, before the Monday make-up day: Tuesday 28/4 at 07:30", () => {
    const at = nextWorkingMoment(cal, vn("2026-04-24T17:30:00"), DEFAULT_OFFICE_HOURS);
    expect(at.toISOString()).toBe("2026-04-28T00:30:00.000Z");
  });

  it("17:30 on Friday 4/4/2025, before Giỗ Tổ Monday: Tuesday 8/4 at 07:30", () => {
    const at = nextWorkingMoment(cal, vn("2025-04-04T17:30:00"), DEFAULT_OFFICE_HOURS);
    expect(at.toISOString()).toBe("2025-04-08T00:30:00.000Z");
  });

  it("Friday evening 25/4/2025 before the swapped Saturday: Saturday 26/4 at 07:30", () => {
    const at = nextWorkingMoment(cal, vn("2025-04-25T20:00:00"), DEFAULT_OFFICE_HOURS);
    expect(at.toISOString()).toBe("2025-04-26T00:30:00.000Z");
  });
});

describe("the tables themselves", () => {
  it("each official year gives the 11 statutory days off, net of swaps", () => {
    for (const t of tables.filter((x) => x.status === "official")) {
      const weekdaysOff = t.holidays.filter((h) => !isWeekend(toDayNumber(h.date))).length;
      expect([t.year, weekdaysOff - t.workdays.length]).toEqual([t.year, 11]);
    }
  });

  it("every lunar day named in a table matches the lunar calendar", () => {
    const named = tables
      .flatMap((t) => t.holidays)
      .filter((h) => !h.name.startsWith("Nghỉ bù") && /tháng (Giêng|Chạp)\)$/.test(h.name));
    expect(named.length).toBeGreaterThanOrEqual(14);
    for (const h of named) {
      const m = /(?:mùng )?(\d+) tháng (Giêng|Chạp)\)$/.exec(h.name);
      const lunar = solarToLunar(h.date);
      expect([h.date, lunar.day, lunar.month]).toEqual([h.date, Number(m?.[1]), m?.[2] === "Giêng" ? 1 : 12]);
    }
    expect(tables.flatMap((t) => t.holidays).find((h) => h.name === "Giỗ Tổ Hùng Vương" && h.date.startsWith("2027"))?.date).toBe(
      lunarToSolar({ day: 10, month: 3, year: 2027, leap: false }),
    );
  });
});

describe("addWorkingDays and workingDaysBetween on the real tables (property)", () => {
  it("always lands on a working day, and workingDaysBetween inverts it", () => {
    const dates = fc.integer({ min: toDayNumber("2025-01-01"), max: toDayNumber("2030-12-31") }).map(fromDayNumber);
    const steps = fc.integer({ min: -120, max: 120 }).filter((n) => n !== 0);
    fc.assert(
      fc.property(dates, steps, (d, n) => {
        const target = addWorkingDays(cal, d, n);
        expect(cal.isWorkingDay(target)).toBe(true);
        expect(workingDaysBetween(cal, d, target)).toBe(n);
      }),
      { numRuns: 400 },
    );
  });
});
