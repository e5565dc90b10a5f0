import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { legalHolidays } from "../../../src/core/calendar/legal-holidays.ts";
import { isWeekend, toDayNumber } from "../../../src/core/calendar/iso-date.ts";

const datesOf = (year: number) => legalHolidays(year).holidays.map((h) => h.date);
const weekdaysOff = (year: number) => datesOf(year).filter((d) => !isWeekend(toDayNumber(d)));

describe("legalHolidays", () => {
  it("2030: 1/1, Tết (29 Chạp + mùng 1–4, weekend days made up), Giỗ Tổ, 30/4, 1/5, 2/9 and 3/9", () => {
    expect(legalHolidays(2030).holidays).toEqual([
      { date: "2030-01-01", name: "Tết Dương lịch" },
      { date: "2030-02-01", name: "Tết Nguyên đán (ngày cuối năm Âm lịch)" },
      { date: "2030-02-02", name: "Tết Nguyên đán (mùng 1 tháng Giêng)" },
      { date: "2030-02-03", name: "Tết Nguyên đán (mùng 2 tháng Giêng)" },
      { date: "2030-02-04", name: "Tết Nguyên đán (mùng 3 tháng Giêng)" },
      { date: "2030-02-05", name: "Tết Nguyên đán (mùng 4 tháng Giêng)" },
      { date: "2030-02-06", name: "Nghỉ bù Tết Nguyên đán (mùng 1 tháng Giêng)" },
      { date: "2030-02-07", name: "Nghỉ bù Tết Nguyên đán (mùng 2 tháng Giêng)" },
      { date: "2030-04-12", name: "Giỗ Tổ Hùng Vương" },
      { date: "2030-04-30", name: "Ngày Chiến thắng" },
      { date: "2030-05-01", name: "Ngày Quốc tế Lao động" },
      { date: "2030-09-02", name: "Quốc khánh" },
      { date: "2030-09-03", name: "Quốc khánh (ngày liền kề)" },
    ]);
  });

  it("warns that the year has no official table, in Vietnamese", () => {
    expect(legalHolidays(2030).warnings).toMatchInlineSnapshot(`
      [
        "Năm 2030 chưa có lịch nghỉ lễ, Tết chính thức; hệ thống tạm tính ngày nghỉ theo Bộ luật Lao động. Đề nghị quản trị viên cập nhật lịch nghỉ năm 2030 khi có thông báo của Bộ Nội vụ.",
      ]
    `);
  });

  it("makes up a Sunday Giỗ Tổ on Monday, as the law gave in 2026", () => {
    expect(datesOf(2026)).toContain("2026-04-26");
    expect(datesOf(2026)).toContain("2026-04-27");
  });

  it("chains make-up days past other holidays: 2023 Giỗ Tổ (Sat) and 30/4 (Sun) → Tue 2/5 and Wed 3/5", () => {
    const may = datesOf(2023).filter((d) => d >= "2023-04-29" && d <= "2023-05-05");
    expect(may).toEqual(["2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03"]);
  });

  it.each([
    [2023, "2023-09-01"], // Sat 2/9: Friday before, as decided in 2023
    [2024, "2024-09-03"], // Mon 2/9: Tuesday after
    [2025, "2025-09-01"], // Tue 2/9: Monday before
    [2026, "2026-09-01"], // Wed 2/9: Tuesday before
    [2027, "2027-09-03"], // Thu 2/9: Friday after
  ])("picks the day next to 2/9 in %i as the government did or would: %s", (year, adjacent) => {
    const sept = datesOf(year).filter((d) => d.slice(5, 7) === "09" && d.slice(8) <= "03");
    expect(sept).toContain(adjacent);
  });

  it("always gives exactly the 11 statutory weekdays off, on distinct dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), (year) => {
        expect(weekdaysOff(year)).toHaveLength(11);
        expect(new Set(datesOf(year)).size).toBe(datesOf(year).length);
        expect(datesOf(year).every((d) => d.startsWith(`${year}-`))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
