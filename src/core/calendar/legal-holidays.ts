/**
 * The public holidays the Labour Code guarantees, computed for a year the government has not
 * published a table for. Bộ luật Lao động 2019, Điều 112 khoản 1: 1/1; Tết Âm lịch 5 ngày;
 * Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 1/5; Quốc khánh 2/9 and one adjacent day.
 * Điều 111 khoản 3: a holiday on a weekly day off is made up on the next working day.
 * The real yearly decision (which Tết days, which adjacent day, swapped Saturdays) may differ.
 */
import { addDays, isWeekend, isoDate, toDayNumber, weekdayOf } from "./iso-date.ts";
import { lunarToSolar, tetDate } from "./lunar.ts";

export interface DatedName {
  date: string;
  name: string;
}

/** Days of Tết after the last day of the old lunar year (law: 5 days in all; we take 1 before + 4 from mùng 1). */
const TET_DAYS_FROM_NEW_YEAR = 4;
const FRIDAY = 5;

/** What the admin is told when a year has no table; polite, and says what to do. */
export function missingTableWarning(year: number): string {
  return (
    `Năm ${year} chưa có lịch nghỉ lễ, Tết chính thức; hệ thống tạm tính ngày nghỉ theo Bộ luật Lao động. ` +
    `Đề nghị quản trị viên cập nhật lịch nghỉ năm ${year} khi có thông báo của Bộ Nội vụ.`
  );
}

/**
 * The day next to 2/9 the PM usually picks: the weekday that joins the break to a weekend
 * (2024: Mon 2/9 + Tue 3/9; 2025: Mon 1/9 + Tue 2/9; 2023: Fri 1/9 + Sat 2/9), else 1/9 (2026).
 */
function quocKhanhAdjacentDay(year: number): string {
  const before = isoDate(year, 9, 1);
  const after = isoDate(year, 9, 3);
  if (isWeekend(toDayNumber(before))) return after;
  if (isWeekend(toDayNumber(after))) return before;
  return weekdayOf(toDayNumber(after)) === FRIDAY ? after : before;
}

/** The statutory holidays of `year`, before making up the ones that fall on weekends. */
function statutoryDays(year: number): DatedName[] {
  const tet = tetDate(year);
  const days: DatedName[] = [{ date: isoDate(year, 1, 1), name: "Tết Dương lịch" }];
  days.push({ date: addDays(tet, -1), name: "Tết Nguyên đán (ngày cuối năm Âm lịch)" });
  for (let i = 0; i < TET_DAYS_FROM_NEW_YEAR; i++) {
    days.push({ date: addDays(tet, i), name: `Tết Nguyên đán (mùng ${i + 1} tháng Giêng)` });
  }
  days.push({ date: lunarToSolar({ day: 10, month: 3, year, leap: false }), name: "Giỗ Tổ Hùng Vương" });
  days.push({ date: isoDate(year, 4, 30), name: "Ngày Chiến thắng" });
  days.push({ date: isoDate(year, 5, 1), name: "Ngày Quốc tế Lao động" });
  const adjacent = quocKhanhAdjacentDay(year);
  const quocKhanh = { date: isoDate(year, 9, 2), name: "Quốc khánh" };
  const adjacentDay = { date: adjacent, name: "Quốc khánh (ngày liền kề)" };
  days.push(...(adjacent < quocKhanh.date ? [adjacentDay, quocKhanh] : [quocKhanh, adjacentDay]));
  return days;
}

/**
 * The legal holidays of `year` with their make-up days, sorted by date, and the warning that
 * they were computed rather than published.
 */
export function legalHolidays(year: number): { holidays: DatedName[]; warnings: string[] } {
  const statutory = statutoryDays(year);
  const taken = new Set(statutory.map((h) => h.date));
  const makeUps: DatedName[] = [];
  for (const h of statutory) {
    if (!isWeekend(toDayNumber(h.date))) continue;
    // The next day that is neither a weekend nor already off (e.g. Tết on Sat and Sun → Wed, Thu after it).
    let d = addDays(h.date, 1);
    while (isWeekend(toDayNumber(d)) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    makeUps.push({ date: d, name: `Nghỉ bù ${h.name}` });
  }
  const holidays = [...statutory, ...makeUps].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { holidays, warnings: [missingTableWarning(year)] };
}
