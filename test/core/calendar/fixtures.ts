import type { HolidayTable } from "../../../src/core/calendar/calendar.ts";

/** A made-up year: a Friday holiday with a swapped Saturday, to test behaviour apart from real data. */
export const table2031: HolidayTable = {
  year: 2031,
  status: "official",
  source: "Bảng thử nghiệm",
  holidays: [
    { date: "2031-01-01", name: "Tết Dương lịch" },
    { date: "2031-01-03", name: "Nghỉ hoán đổi" },
    { date: "2031-01-04", name: "Nghỉ hằng tuần" },
  ],
  workdays: [{ date: "2031-01-11", name: "Làm bù cho thứ Sáu 03/01/2031" }],
};

export const provisional2032: HolidayTable = {
  year: 2032,
  status: "provisional",
  source: "Tạm tính",
  holidays: [{ date: "2032-01-01", name: "Tết Dương lịch" }],
  workdays: [],
};
