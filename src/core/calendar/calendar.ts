/**
 * The working-day calendar of Vietnamese state agencies: Saturday and Sunday off, public holidays
 * off, and the Saturdays the government swaps in as working days. Years come from published
 * tables (data, see data/holidays); a year without one falls back to the Labour Code and warns.
 */
import { registerWorkingDayTest } from "./fast-path.ts";
import { civilOf, dayNumberOf, isWeekend, toDayNumber, yearOf } from "./iso-date.ts";
import { legalHolidays } from "./legal-holidays.ts";
import { VIETNAM_TIME_ZONE } from "./time-zone.ts";

export interface HolidayTable {
  year: number;
  /** "official" once the government has decided; "provisional" when computed or proposed. */
  status: "official" | "provisional";
  /** The decision: document number, issuer and date. */
  source: string;
  /** Days off: every holiday or make-up day that is not a Saturday/Sunday (weekend ones are harmless). */
  holidays: Array<{ date: string; name: string }>;
  /** Saturdays/Sundays worked in exchange for a day off (làm bù). */
  workdays: Array<{ date: string; name: string }>;
  /** What could not be confirmed, for the admin who edits the file. */
  note?: string;
}

/** Office windows as minutes after local midnight, [start, end), e.g. [450, 690] = 07:30–11:30. */
export interface OfficeHours {
  ranges: Array<[startMinute: number, endMinute: number]>;
}

/** 07:30–11:30 and 13:30–17:00, a common provincial office day. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = { ranges: [[450, 690], [810, 1020]] };

export interface Calendar {
  /** IANA zone the working days are reckoned in; "Asia/Ho_Chi_Minh" unless told otherwise. */
  timeZone: string;
  /** Mon–Fri that is not a holiday, or a swapped working Saturday/Sunday. */
  isWorkingDay(isoDate: string): boolean;
  holidayName(isoDate: string): string | null;
  /**
   * Warnings for the years consulted so far that have no official table (computed from the law)
   * or only a provisional one, one per year, in year order.
   */
  warnings(): string[];
}

interface YearDays {
  /** Day number of 1 January. */
  start: number;
  /** 1 for a working day, 0 for a day off, indexed by day of the year. */
  working: Uint8Array;
  holidays: Map<string, string>;
  warnings: string[];
}

function provisionalWarning(year: number): string {
  return (
    `Lịch nghỉ lễ, Tết năm ${year} đang là dự kiến, chưa có quyết định chính thức; ` +
    `đề nghị quản trị viên kiểm tra và cập nhật khi có thông báo của Bộ Nội vụ.`
  );
}

function buildYear(year: number, table: HolidayTable | undefined): YearDays {
  const start = dayNumberOf(year, 1, 1);
  const length = dayNumberOf(year + 1, 1, 1) - start;
  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) working[i] = isWeekend(start + i) ? 0 : 1;
  const fallback = table === undefined ? legalHolidays(year) : undefined;
  const holidays = table?.holidays ?? fallback?.holidays ?? [];
  // Entries outside the year are ignored here; the loader refuses them in files.
  const mark = (date: string, value: 0 | 1) => {
    const i = toDayNumber(date) - start;
    if (i >= 0 && i < length) working[i] = value;
  };
  for (const h of holidays) mark(h.date, 0);
  for (const w of table?.workdays ?? []) mark(w.date, 1);
  const workdays = new Set(table?.workdays.map((w) => w.date));
  return {
    start,
    working,
    holidays: new Map(holidays.filter((h) => !workdays.has(h.date)).map((h) => [h.date, h.name])),
    warnings: fallback?.warnings ?? (table?.status === "provisional" ? [provisionalWarning(year)] : []),
  };
}

/** A calendar over the given yearly tables; throws if two tables claim the same year. */
export function createCalendar(tables: HolidayTable[], options: { timeZone?: string } = {}): Calendar {
  const byYear = new Map<number, HolidayTable>();
  for (const t of tables) {
    if (byYear.has(t.year)) throw new Error(`Two holiday tables for the year ${t.year}`);
    byYear.set(t.year, t);
  }
  // Built on first use and kept: a planner asks about the same few years thousands of times.
  const years = new Map<number, YearDays>();
  let last: YearDays | undefined;
  const yearDays = (year: number): YearDays => {
    let y = years.get(year);
    if (y === undefined) {
      y = buildYear(year, byYear.get(year));
      years.set(year, y);
    }
    return y;
  };
  const isWorkingDayNumber = (n: number): boolean => {
    if (last === undefined || n < last.start || n >= last.start + last.working.length) {
      last = yearDays(civilOf(n)[0]);
    }
    return last.working[n - last.start] === 1;
  };

  const cal: Calendar = {
    timeZone: options.timeZone ?? VIETNAM_TIME_ZONE,
    isWorkingDay: (isoDate) => isWorkingDayNumber(toDayNumber(isoDate)),
    holidayName(isoDate) {
      toDayNumber(isoDate);
      return yearDays(yearOf(isoDate)).holidays.get(isoDate) ?? null;
    },
    warnings() {
      return [...years.keys()].sort((a, b) => a - b).flatMap((year) => years.get(year)?.warnings ?? []);
    },
  };
  registerWorkingDayTest(cal, isWorkingDayNumber);
  return cal;
}

export { localDate, atLocalTime } from "./time-zone.ts";
export {
  nextWorkingDay,
  previousWorkingDay,
  workingDayOnOrBefore,
  workingDayOnOrAfter,
  addWorkingDays,
  workingDaysBetween,
} from "./working-days.ts";
export { nextWorkingMoment, isWithinOfficeHours } from "./office-hours.ts";
