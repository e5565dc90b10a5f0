import { describe, expect, it } from "vitest";
import { createCalendar } from "../../../src/core/calendar/calendar.ts";
import { provisional2032, table2031 } from "./fixtures.ts";

describe("createCalendar", () => {
  const cal = createCalendar([table2031, provisional2032]);

  it("reckons in Asia/Ho_Chi_Minh unless told otherwise", () => {
    expect(cal.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(createCalendar([], { timeZone: "Asia/Bangkok" }).timeZone).toBe("Asia/Bangkok");
  });

  it.each([
    ["2031-01-02", true, "an ordinary Thursday"],
    ["2031-01-01", false, "a Wednesday holiday"],
    ["2031-01-03", false, "a Friday given off in a swap"],
    ["2031-01-05", false, "a Sunday"],
    ["2031-01-11", true, "the Saturday worked in exchange"],
    ["2031-01-18", false, "an ordinary Saturday"],
  ])("%s is a working day: %s (%s)", (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it("names holidays, and nothing for weekends, ordinary days and swapped working Saturdays", () => {
    expect(cal.holidayName("2031-01-01")).toBe("Tết Dương lịch");
    expect(cal.holidayName("2031-01-03")).toBe("Nghỉ hoán đổi");
    expect(cal.holidayName("2031-01-02")).toBeNull();
    expect(cal.holidayName("2031-01-11")).toBeNull();
    expect(cal.holidayName("2031-01-12")).toBeNull();
  });

  it("rejects dates that do not exist instead of guessing", () => {
    expect(() => cal.isWorkingDay("2031-02-29")).toThrow(RangeError);
    expect(() => cal.holidayName("31/01/2031")).toThrow(RangeError);
  });

  it("refuses two tables for the same year", () => {
    expect(() => createCalendar([table2031, table2031])).toThrow("Two holiday tables for the year 2031");
  });
});

describe("warnings", () => {
  it("says nothing until a year without an official table is used, then once per year, in year order", () => {
    const cal = createCalendar([table2031, provisional2032]);
    cal.isWorkingDay("2031-03-03");
    expect(cal.warnings()).toEqual([]);
    cal.isWorkingDay("2033-02-01");
    cal.holidayName("2033-02-02");
    cal.isWorkingDay("2032-05-05");
    cal.isWorkingDay("2030-05-05");
    const warnings = cal.warnings();
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^Năm 2030 chưa có lịch nghỉ lễ, Tết chính thức/);
    expect(warnings[1]).toMatchInlineSnapshot(
      `"Lịch nghỉ lễ, Tết năm 2032 đang là dự kiến, chưa có quyết định chính thức; đề nghị quản trị viên kiểm tra và cập nhật khi có thông báo của Bộ Nội vụ."`,
    );
    expect(warnings[2]).toMatch(/^Năm 2033 /);
  });

  it("uses the Labour Code for a year with no table: Tết 2030 is off", () => {
    const cal = createCalendar([]);
    expect(cal.isWorkingDay("2030-02-04")).toBe(false);
    expect(cal.holidayName("2030-02-04")).toBe("Tết Nguyên đán (mùng 3 tháng Giêng)");
    expect(cal.isWorkingDay("2030-02-08")).toBe(true);
  });
});
