/**
 * The working-day calendar of Vietnamese state agencies: Saturday and Sunday off, public holidays
 * off, and the Saturdays the government swaps in as working days. Years come from published
 * tables (data, see data/holidays); a year without one falls back to the Labour Code and warns.
 */
import { isWeekend, toDayNumber, yearOf } from "./iso-date.ts";
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
  holidays: Map<string, string>;
  workdays: Map<string, string>;
  warnings: string[];
}

function provisionalWarning(year: number): string {
  return (
    `Lịch nghỉ lễ, Tết năm ${year} đang là dự kiến, chưa có quyết định chính thức; ` +
    `đề nghị quản trị viên kiểm tra và cập nhật khi có thông báo của Bộ Nội vụ.`
  );
}

function yearFromTable(table: HolidayTable): YearDays {
  return {
    holidays: new Map(table.holidays.map((h) => [h.date, h.name])),
    workdays: new Map(table.workdays.map((w) => [w.date, w.name])),
    warnings: table.status === "provisional" ? [provisionalWarning(table.year)] : [],
  };
}

function yearFromLaw(year: number): YearDays {
  const { holidays, warnings } = legalHolidays(year);
  return { holidays: new Map(holidays.map((h) => [h.date, h.name])), workdays: new Map(), warnings };
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
  const consulted = new Set<number>();
  const yearDays = (year: number): YearDays => {
    let y = years.get(year);
    if (y === undefined) {
      const table = byYear.get(year);
      y = table === undefined ? yearFromLaw(year) : yearFromTable(table);
      years.set(year, y);
    }
    consulted.add(year);
    return y;
  };

  return {
    timeZone: options.timeZone ?? VIETNAM_TIME_ZONE,
    isWorkingDay(isoDate) {
      const dayNumber = toDayNumber(isoDate);
      const y = yearDays(yearOf(isoDate));
      if (y.workdays.has(isoDate)) return true;
      return !isWeekend(dayNumber) && !y.holidays.has(isoDate);
    },
    holidayName(isoDate) {
      toDayNumber(isoDate);
      const y = yearDays(yearOf(isoDate));
      if (y.workdays.has(isoDate)) return null;
      return y.holidays.get(isoDate) ?? null;
    },
    warnings() {
      return [...consulted].sort((a, b) => a - b).flatMap((year) => years.get(year)?.warnings ?? []);
    },
  };
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
